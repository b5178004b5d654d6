package io.newsprep.input.html;

import io.newsprep.text.Alternation;
import io.newsprep.text.ResourceTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is page chrome rather than article from a parsed page: invisible and interactive
 * elements, landmark regions (navigation, page header, footer, sidebars), and blocks whose
 * class/id names them as chrome (menus, share bars, related lists, comments, ads...) or that are
 * mostly links. The block holding most of the paragraph text, and everything around it, is never
 * removed: a wrong removal would lose the body, while leftover chrome is still dropped line by line
 * by the cleaner.
 */
final class HtmlChromeRemover {

    private static final String NON_CONTENT = "script, style, noscript, template, svg, iframe, button, select, input, "
            + "textarea, object, embed, canvas, nav, footer, aside, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** The class/id words of {@value #HINTS}. */
    static final String HINTS = "/clean/html-hints.tsv";
    private static final Pattern CHROME_HINT = namePattern("chrome");
    private static final Pattern CONTENT_HINT = namePattern("content");
    /** Blocks that hold texts other than the story (comments, related stories): never around the story itself. */
    private static final Pattern OTHER_TEXTS_HINT = namePattern("other-texts");
    private static final Set<String> BLOCKS = Set.of("div", "section", "ul", "ol", "table", "p", "span", "header", "dl", "figure");
    /** Elements that go only when named as other texts: a comment is often a list item or an article of its own. */
    private static final Set<String> OTHER_TEXT_ITEMS = Set.of("li", "article");

    private HtmlChromeRemover() {
    }

    /** Any of the words of that kind as a whole word of class and id names, in any case. */
    private static Pattern namePattern(String kind) {
        return Pattern.compile("(?i)(?:^|[\\s_-])(?:" + Alternation.of(ResourceTable.words(HINTS, kind)) + ")(?:$|[\\s_-])");
    }

    /**
     * Strips the page in place and returns the blocks that hold the story: the main block, the element that
     * directly holds most of its paragraph text, first, then its sister sections ({@link StoryBlocks}); empty when
     * there is no body or no such element below it.
     */
    static List<Element> stripAroundStory(Document doc) {
        doc.select(NON_CONTENT).remove();
        removeForms(doc);
        removePageHeaders(doc);
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Map<Element, int[]> lengths = TextLengths.of(body);
        Element main = MainBlockFinder.find(body);
        List<Element> story = main == body ? List.of() : StoryBlocks.around(main);
        Set<Element> mainAndAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> insideMain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : main == body ? List.of(body) : story) {
            for (Element e = block; e != null; e = e.parent()) {
                mainAndAncestors.add(e);
            }
            insideMain.addAll(block.getAllElements());
            insideMain.remove(block);
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || mainAndAncestors.contains(e)) {
                    return FilterResult.CONTINUE;
                }
                if (!BLOCKS.contains(e.normalName())) {
                    return OTHER_TEXT_ITEMS.contains(e.normalName()) && isOtherTexts(e) ? FilterResult.REMOVE
                            : FilterResult.CONTINUE;
                }
                int[] len = lengths.getOrDefault(e, TextLengths.NONE);
                return isChrome(e, len, insideMain.contains(e)) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return story;
    }

    private static boolean isChrome(Element e, int[] len, boolean insideMain) {
        int text = len[0];
        int links = len[1];
        int linkCount = len[2];
        double linkDensity = text == 0 ? 0 : (double) links / text;
        String names = e.className() + " " + e.id();
        if (isOtherTexts(e)) {
            return true;
        }
        boolean hinted = !names.isBlank() && CHROME_HINT.matcher(names).find() && !CONTENT_HINT.matcher(names).find();
        if (hinted) {
            // inside the article only short or link-heavy hinted blocks go: long ones may be the story, and
            // a quotation in a "social" or "embed" wrapper is an embedded post the story quotes
            return !insideMain || (text < 400 || linkDensity > 0.5) && !quotes(e);
        }
        if (e.normalName().equals("p") || e.normalName().equals("span")) {
            return false;
        }
        return linkCount >= 3 && linkDensity > (insideMain ? 0.8 : 0.6);
    }

    /**
     * A block named as holding other people's texts (comments, related stories), whatever else its name says
     * ("comment-body", "comment-content" name a comment's own text) and however long it is: the main block and its
     * ancestors never get here, so this is a thread or a box beside or inside the story, not the story. A quotation
     * is kept, as an embedded post the story quotes, and so is a block that holds the page's headline (a
     * "content__header--no-promo").
     */
    private static boolean isOtherTexts(Element e) {
        return hasHint(e, OTHER_TEXTS_HINT) && !quotes(e) && e.selectFirst("h1") == null;
    }

    /** Whether the element's class or id matches a hint pattern of clean/html-hints.tsv. */
    private static boolean hasHint(Element e, Pattern hint) {
        String names = e.className() + " " + e.id();
        return !names.isBlank() && hint.matcher(names).find();
    }

    private static boolean quotes(Element e) {
        return e.normalName().equals("blockquote") || e.selectFirst("blockquote") != null;
    }

    /**
     * Search boxes, log-ins and sign-ups go; a form that wraps the whole page (as ASP.NET pages do)
     * only loses its wrapper.
     */
    private static void removeForms(Document doc) {
        for (Element form : doc.select("form")) {
            if (form.parent() == null) {
                continue;
            }
            if (form.select("p").size() >= 2) {
                form.unwrap();
            } else {
                form.remove();
            }
        }
    }

    /** A page-level header (outside any article or main) that does not hold the headline. */
    private static void removePageHeaders(Document doc) {
        for (Element h : doc.select("header, [role=banner]")) {
            if (h.closest("article, main, [role=main]") == null && h.selectFirst("h1") == null) {
                h.remove();
            }
        }
    }

    /** Text length, link text length and link count of every element, computed in one iterative pass. */
    static final class TextLengths implements NodeVisitor {
        static final int[] NONE = {0, 0, 0};
        private final Map<Element, int[]> lengths = new IdentityHashMap<>();
        private int anchorDepth;

        static Map<Element, int[]> of(Element root) {
            TextLengths v = new TextLengths();
            NodeTraversor.traverse(v, root);
            return v.lengths;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("a")) {
                anchorDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            Element parent = node.parent() instanceof Element p ? p : null;
            if (node instanceof TextNode t) {
                int len = t.text().trim().length();
                if (parent != null && len > 0) {
                    int[] l = lengths.computeIfAbsent(parent, k -> new int[3]);
                    l[0] += len;
                    if (anchorDepth > 0) {
                        l[1] += len;
                    }
                }
            } else if (node instanceof Element e) {
                int[] own = lengths.getOrDefault(e, NONE);
                if (e.normalName().equals("a")) {
                    anchorDepth--;
                    own = lengths.computeIfAbsent(e, k -> new int[3]);
                    own[2]++;
                }
                if (parent != null && own != NONE) {
                    int[] l = lengths.computeIfAbsent(parent, k -> new int[3]);
                    l[0] += own[0];
                    l[1] += own[1];
                    l[2] += own[2];
                }
            }
        }
    }

    /** The element that directly holds most paragraph text, scored the way readability tools do. */
    static final class MainBlockFinder {
        private static final int CHROME_LEVELS = 4;
        private static final int MIN_PARAGRAPH = 25;
        /** A run of text straight in a div is as often a credit line or a widget's label as a paragraph. */
        private static final double TEXT_RUN_WEIGHT = 0.5;
        private static final String TEXT_RUN_HOLDERS = "div, section, article, main";
        private static final Pattern SPACES = Pattern.compile("\\s+");
        private static final Set<String> LISTS = Set.of("ul", "ol");
        /** A sentence ends in the run: a full stop, question or exclamation mark in any script, then a space or the end. */
        private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\u0964\u06d4\u061f\uff01\uff1f](?:\\s|$)");
        private static final String BLOCK_INSIDE_INLINE = "p, div, br, ul, ol, li, table, h1, h2, h3, h4, h5, h6, "
                + "section, article, blockquote, pre, dl";
        private static final Set<String> INLINE = Set.of("a", "b", "strong", "i", "em", "span", "font", "u", "small",
                "big", "sub", "sup", "abbr", "cite", "q", "mark", "time", "code", "s", "strike");

        private MainBlockFinder() {
        }

        static Element find(Element body) {
            Scores scores = new Scores();
            Elements paragraphs = body.select("p, pre, blockquote");
            if (paragraphs.isEmpty()) {
                paragraphs = body.select("td");
            }
            for (Element p : paragraphs) {
                Element parent = p.parent();
                if (parent != null && !inChrome(p)) {
                    score(p.text(), parent, 1, scores);
                }
            }
            // paragraphs written as runs of text between <br>s straight in a block count as that block's own
            for (Element block : body.select(TEXT_RUN_HOLDERS)) {
                if (!inChrome(block)) {
                    for (String run : textRuns(block)) {
                        score(run, block, TEXT_RUN_WEIGHT, scores);
                    }
                }
            }
            // a story written as a list (release notes, a how-to): items that read as sentences count for the block
            // that holds the list, as its paragraphs; lists of links (menus, teasers) do not
            for (Element item : body.select("li")) {
                Element holder = listHolder(item);
                if (holder != null && !inChrome(item)) {
                    for (String run : textRuns(item)) {
                        if (SENTENCE_END.matcher(run).find()) {
                            score(run, holder, TEXT_RUN_WEIGHT, scores);
                        }
                    }
                }
            }
            Element best = null;
            double bestScore = 0;
            // in the order the blocks were first scored (document order), so that of equal scores the first wins
            for (Element e : scores.order) {
                double score = scores.byElement.get(e) * (hasHint(e, CONTENT_HINT) ? 1.25 : 1.0);
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
            return best == null ? body : best;
        }

        /** The element around a list item's outermost list, or null when the item is in no list. */
        private static Element listHolder(Element item) {
            Element e = item.parent();
            if (e == null || !LISTS.contains(e.normalName())) {
                return null;
            }
            while (e != null && (LISTS.contains(e.normalName()) || e.normalName().equals("li"))) {
                e = e.parent();
            }
            return e;
        }

        private static void score(String text, Element parent, double weight, Scores scores) {
            if (text.length() < MIN_PARAGRAPH) {
                return;
            }
            double score = weight * (1 + countCommas(text) + Math.min(text.length() / 100.0, 3));
            scores.add(parent, score);
            Element grand = parent.parent();
            if (grand != null) {
                scores.add(grand, score / 2);
            }
        }

        /**
         * The blocks' scores and the order in which each was first scored. An identity map alone iterates in the
         * order of identity hash codes, which depend on what other threads allocated: ties between blocks would
         * then go one way or the other with the number of threads.
         */
        private static final class Scores {
            final Map<Element, Double> byElement = new IdentityHashMap<>();
            final List<Element> order = new ArrayList<>();

            void add(Element e, double score) {
                if (!byElement.containsKey(e)) {
                    order.add(e);
                }
                byElement.merge(e, score, Double::sum);
            }
        }

        /**
         * The runs of inline content (text, links, emphasis) that sit directly in a block, split at {@code <br>}
         * and at child blocks; each run is a paragraph the page wrote without a {@code <p>}.
         */
        static List<String> textRuns(Element block) {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int[] linkChars = {0};
            for (Node child : block.childNodes()) {
                if (child instanceof TextNode t) {
                    run.append(t.text());
                } else if (child instanceof Element e && INLINE.contains(e.normalName())
                        && e.selectFirst(BLOCK_INSIDE_INLINE) == null) {
                    String text = e.text();
                    run.append(' ').append(text).append(' ');
                    linkChars[0] += e.normalName().equals("a") ? text.length() : e.select("a").text().length();
                } else if (child instanceof Element) {
                    endRun(run, linkChars, runs);
                }
            }
            endRun(run, linkChars, runs);
            return runs;
        }

        /** Ends a run; one that is mostly link text is a teaser or a menu, not a paragraph. */
        private static void endRun(StringBuilder run, int[] linkChars, List<String> runs) {
            String text = SPACES.matcher(run).replaceAll(" ").strip();
            if (text.length() >= MIN_PARAGRAPH && linkChars[0] * 2 <= text.length()) {
                runs.add(text);
            }
            run.setLength(0);
            linkChars[0] = 0;
        }

        /**
         * Whether a paragraph sits in a block named as chrome (comments, related, sidebar...) within
         * a few levels; an article or main element ends the search, since page-layout wrappers higher up
         * often carry words like "sidebar" as layout modifiers. Above a block named as content only (a blog's
         * "post-body" in its "widget" wrapper) only names of other people's texts count (comments, related).
         */
        private static boolean inChrome(Element p) {
            int level = 0;
            boolean passedContent = false;
            for (Element e = p; e != null && level <= CHROME_LEVELS; e = e.parent(), level++) {
                String tag = e.normalName();
                if (tag.equals("article") || tag.equals("main")) {
                    return false;
                }
                boolean chrome = hasHint(e, passedContent ? OTHER_TEXTS_HINT : CHROME_HINT);
                boolean content = hasHint(e, CONTENT_HINT);
                if (chrome && !content) {
                    return true;
                }
                passedContent |= content && !hasHint(e, CHROME_HINT);
            }
            return false;
        }

        private static int countCommas(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ',' || c == '，' || c == '、') {
                    n++;
                }
            }
            return n;
        }
    }
}
