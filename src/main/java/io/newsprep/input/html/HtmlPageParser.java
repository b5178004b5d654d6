package io.newsprep.input.html;

import io.newsprep.input.MarkedLines;
import io.newsprep.input.PageMetadata;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The saved-HTML path: parses a page with jsoup, takes its metadata, removes chrome and flattens
 * the rest into text lines, so the same line cleaner serves HTML and text dumps. Thread-safe.
 */
public final class HtmlPageParser {

    /** Above this share of link text a line is a link, whatever block it sits in. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** Blocks that hold text in their own right; a run of text in a div is as often a widget's label. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "li", "dt", "dd", "blockquote", "pre", "tr", "td", "th",
            "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_OWN_TEXT = 40;
    /** A list item is a link when its link text is at least this share of it; below, a sentence that cites one. */
    private static final double MIN_ITEM_LINK_SHARE = 0.25;
    private static final String SENTENCE_ENDS = ".!?;:\u3002\u0964\u06d4\u061f\uff01\uff1f\"'\u201d\u2019)";
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** The lines and metadata of one page, and which of the lines its markup places in the article. */
    public record HtmlPage(List<String> lines, PageMetadata metadata, MarkedLines marked) {
    }

    public HtmlPage read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser());
        PageMetadata metadata = HtmlMetadataExtractor.extract(doc);
        List<Element> story = HtmlChromeRemover.stripAroundStory(doc);
        if (doc.body() == null) {
            return new HtmlPage(List.of(), metadata, MarkedLines.NONE);
        }
        HtmlFlattener.Flattened flat = HtmlFlattener.flatten(doc.body(), story);
        return new HtmlPage(flat.lines(), metadata, marked(flat));
    }

    private static MarkedLines marked(HtmlFlattener.Flattened flat) {
        List<HtmlFlattener.Origin> origins = flat.origins();
        int n = origins.size();
        BitSet marked = new BitSet();
        for (int i = 0; i < n; i++) {
            HtmlFlattener.Origin o = origins.get(i);
            if (o.inMain() && o.linkShare() <= MAX_LINK_SHARE && (TEXT_BLOCKS.contains(o.block()) || o.ownTextOfMain() && readsAsText(flat.lines().get(i)))) {
                marked.set(i);
            }
        }
        unmarkLinkLists(origins, marked);
        // a heading introduces text: one that no marked text follows heads a widget (share, related, comments)
        for (int i = n - 1; i >= 0; i--) {
            if (HEADINGS.contains(origins.get(i).block())
                    && (i + 1 >= n || !marked.get(i + 1) || HEADINGS.contains(origins.get(i + 1).block()))) {
                marked.clear(i);
            }
        }
        return MarkedLines.of(marked);
    }

    /**
     * Text written straight into the main block is a paragraph when it is long or ends a sentence; a few words
     * there are as often a widget's label.
     */
    private static boolean readsAsText(String line) {
        String s = line.strip();
        if (s.length() >= MIN_OWN_TEXT) {
            return true;
        }
        return !s.isEmpty() && SENTENCE_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0 && s.indexOf(' ') > 0;
    }

    /**
     * Runs of list items most of which are links are lists of links (related stories), not text. An item whose link
     * is a small part of it (a sentence that cites a source or a bug) is text: release notes and how-tos link
     * something in most of their items.
     */
    private static void unmarkLinkLists(List<HtmlFlattener.Origin> origins, BitSet marked) {
        int i = 0;
        while (i < origins.size()) {
            int j = i;
            int linked = 0;
            while (j < origins.size() && origins.get(j).block().equals("li")) {
                linked += origins.get(j).linkShare() >= MIN_ITEM_LINK_SHARE ? 1 : 0;
                j++;
            }
            if (j > i && linked * 2 >= j - i) {
                marked.clear(i, j);
            }
            i = Math.max(j, i + 1);
        }
    }

}
