package io.newsprep.clean;

import io.newsprep.input.PageMetadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the decisions about a document's lines into its verdicts, body paragraphs and metadata. */
final class ArticleAssembler {

    /** Bylines and dates count as the article's own when this close to its body. */
    private static final int METADATA_REACH = 15;
    /** Lines between the bylines and the first paragraph that still count as body (cross-heads). */
    private static final int MAX_HEADINGS_ABOVE_BODY = 2;

    /**
     * @param marked per line: whether the page's markup places it in the article; when the markup marks any line,
     *               a line between the bylines and the main block is body only if marked
     * @param main the main block, or null when the document has no article text
     * @param cut  the end marker's line, after which everything is appended content
     */
    CleanedDocument assemble(PageMetadata meta, List<String> texts, List<Integer> lineNumbers, RuleHit[] hits,
                             Classification[] classes, boolean[] marked, MainBlockFinder.Range main, Headline headline, int cut,
                             String[] isoDates, List<List<String>> names) {
        int n = texts.size();
        int bodyStart = main == null ? n
                : main.start() - headline.bodyStart() <= MAX_HEADINGS_ABOVE_BODY ? Math.min(headline.bodyStart(), main.start())
                : main.start();
        int bodyEnd = main == null ? -1 : main.end();
        Set<Integer> subtitleLines = Set.copyOf(headline.subtitles());
        boolean markup = false;
        for (boolean m : marked) {
            markup |= m;
        }
        List<String> paragraphs = new ArrayList<>();
        List<LineVerdict> verdicts = new ArrayList<>(n);
        List<String> subtitles = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        int reachFrom = Math.max(0, (headline.title() >= 0 ? headline.title() : bodyStart) - METADATA_REACH);
        int reachTo = bodyEnd + METADATA_REACH;
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            int line = lineNumbers.get(k);
            RuleHit hit = hits[k];
            if (k == headline.title()) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.TITLE, "headline:title"));
            } else if (subtitleLines.contains(k)) {
                subtitles.add(text);
                verdicts.add(new LineVerdict(line, text, false, LineKind.SUBTITLE, "headline:deck"));
            } else if (k == headline.section()) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.SECTION, "headline:section-label"));
            } else if (k > cut) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.APPENDED, "after-end-marker"));
            } else if (hit != null) {
                verdicts.add(new LineVerdict(line, text, false, hit.kind(), hit.rule()));
                if (k >= reachFrom && k <= reachTo) {
                    if (hit.kind() == LineKind.PUBLISHED_DATE && published == null) {
                        published = isoDates[k];
                    } else if (hit.kind() == LineKind.BYLINE) {
                        authors.addAll(names.get(k));
                    }
                }
            } else if (k >= bodyStart && k < (main == null ? n : main.start()) && markup && !marked[k]) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.BOILERPLATE, "markup:outside-article"));
            } else if (k >= bodyStart && k < (main == null ? n : main.start())) {
                paragraphs.add(text);
                verdicts.add(new LineVerdict(line, text, true, LineKind.BODY, "headline:text-below-byline"));
            } else if (k < bodyStart) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.BOILERPLATE, "classifier:before-article"));
            } else if (k > bodyEnd) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.BOILERPLATE, "classifier:after-article"));
            } else if (classes[k].good()) {
                paragraphs.add(text);
                verdicts.add(new LineVerdict(line, text, true, LineKind.BODY, classes[k].rule()));
            } else {
                verdicts.add(new LineVerdict(line, text, false, kindOf(classes[k]), classes[k].rule()));
            }
        }
        String title = headline.title() >= 0 ? texts.get(headline.title())
                : blankToNull(meta.title());
        String section = headline.section() >= 0 ? texts.get(headline.section()) : blankToNull(meta.section());
        if (meta.section() != null && !meta.section().isBlank()) {
            section = meta.section().strip();
        }
        if (blankToNull(meta.published()) != null) {
            // the page's own machine-readable date is more precise than a date line (it may carry the time)
            published = meta.published().strip();
        }
        List<String> authorList = authors.isEmpty() ? meta.authors() : List.copyOf(authors);
        return new CleanedDocument(title, subtitles, authorList, published, section, paragraphs, verdicts);
    }

    private static LineKind kindOf(Classification c) {
        return c.rule().equals("classifier:bad-short-link-run") ? LineKind.NAVIGATION : LineKind.BOILERPLATE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
