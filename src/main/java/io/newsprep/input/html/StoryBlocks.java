package io.newsprep.input.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The blocks that hold the story: the main block and, where the page splits the story into several sections of
 * the same shape (the same tag and class, as a news site's "story body column" repeated between pictures and
 * ads), those sections too. The paragraph scoring finds only the section with most text; its sisters hold the
 * rest of the story, which would otherwise count as text before or after the article.
 */
final class StoryBlocks {

    /** How far above the main block a repeated section may sit (the main block is often a wrapper inside it). */
    private static final int LEVELS = 2;
    /** A sister section counts when it holds a paragraph of at least this many characters. */
    private static final int MIN_PARAGRAPH = 25;

    private StoryBlocks() {
    }

    /** The main block first, then the sister sections in page order; just the main block when it has none. */
    static List<Element> around(Element main) {
        List<Element> blocks = new ArrayList<>();
        blocks.add(main);
        Element e = main;
        for (int level = 0; level <= LEVELS && e != null && e.parent() != null; level++, e = e.parent()) {
            List<Element> sisters = sisters(e);
            if (!sisters.isEmpty()) {
                blocks.addAll(sisters);
                return blocks;
            }
            if (e.normalName().equals("body") || e.normalName().equals("article") || e.normalName().equals("main")) {
                break;
            }
        }
        return blocks;
    }

    /** Siblings with the same tag and the same (non-blank) class names that hold a paragraph of text. */
    private static List<Element> sisters(Element e) {
        String classes = e.className().strip();
        List<Element> sisters = new ArrayList<>();
        if (classes.isEmpty()) {
            return sisters;
        }
        for (Element sibling : e.parent().children()) {
            if (sibling != e && sibling.normalName().equals(e.normalName())
                    && sibling.className().strip().equals(classes) && holdsParagraph(sibling)) {
                sisters.add(sibling);
            }
        }
        return sisters;
    }

    private static boolean holdsParagraph(Element block) {
        for (Element p : block.select("p, blockquote, pre")) {
            if (p.text().length() >= MIN_PARAGRAPH) {
                return true;
            }
        }
        return false;
    }
}
