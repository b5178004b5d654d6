package io.newsprep.clean;

import io.newsprep.input.PageMetadata;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Turns the decisions about a document's lines into its verdicts, body paragraphs and metadata. */
final class ArticleAssembler {

    /** Lines between the bylines and the first paragraph that still count as body (cross-heads). */
    private static final int MAX_HEADINGS_ABOVE_BODY = 2;

    /** Words of a kept line that reads as a paragraph of the body, not a label or a byline. */
    private static final int PARAGRAPH_WORDS = 12;

    private final DatelineChooser datelines = DatelineChooser.fromResources();
    private final BylineChooser bylines = BylineChooser.fromResources();
    private final AuthorNames persons = AuthorNames.fromResources();

    /**
     * @param marked per line: whether the page's markup places it in the article; when the markup marks any line,
     *               a line between the bylines and the main block is body only if marked
     * @param main the main block, or null when the document has no article text
     * @param cut  the end marker's line, after which everything is appended content
     * @param savedAt when the page was saved (archive record or file time), for relative dates; or null
     * @param documentKey the document's address, to name it to the listener
     * @param listener    hears the candidates the choosers weighed (training), or {@link CleaningListener#NONE}
     */
    CleanedDocument assemble(PageMetadata meta, List<String> texts, List<Integer> lineNumbers, RuleHit[] hits,
                             Classification[] classes, boolean[] marked, MainBlockFinder.Range main, Headline headline, int cut,
                             String[] isoDates, List<List<String>> names, OffsetDateTime savedAt,
                             String documentKey, CleaningListener listener) {
        int n = texts.size();
        int bodyStart = main == null ? n
                : main.start() - headline.bodyStart() <= MAX_HEADINGS_ABOVE_BODY ? Math.min(headline.bodyStart(), main.start())
                : main.start();
        boolean markup = false;
        for (boolean m : marked) {
            markup |= m;
        }
        Layout layout = new Layout(headline, subtitleLines(headline, n), cut, bodyStart,
                main == null ? n : main.start(), main == null ? -1 : main.end(), markup);
        List<String> paragraphs = new ArrayList<>();
        List<LineVerdict> verdicts = new ArrayList<>(n);
        List<String> subtitles = new ArrayList<>();
        int firstParagraph = -1;
        int lastKept = -1;
        for (int k = 0; k < n; k++) {
            LineVerdict verdict = layout.verdict(k, lineNumbers.get(k), texts.get(k), hits[k], classes[k], marked[k]);
            verdicts.add(verdict);
            if (verdict.kept()) {
                paragraphs.add(verdict.text());
                // the first paragraph below the headline; above it only when nothing below reads as one
                boolean below = k > headline.title();
                if ((firstParagraph < 0 || below && firstParagraph < headline.title())
                        && texts.get(k).split(" ").length >= PARAGRAPH_WORDS) {
                    firstParagraph = k;
                }
                lastKept = k;
            } else if (layout.subtitle(k)) {
                subtitles.add(verdict.text());
            }
        }
        String title = headline.title() >= 0
                ? HeadlineTrim.of(texts, headline.title(), meta.title() == null || meta.title().isBlank(),
                        titleHeadline(texts, headline.title(), meta))
                : blankToNull(meta.title());
        String section = headline.section() >= 0 ? texts.get(headline.section()) : blankToNull(meta.section());
        if (meta.section() != null && !meta.section().isBlank()) {
            section = meta.section().strip();
        }
        String published = null;
        String publishedRaw = null;
        String method = null;
        String why = null;
        if (blankToNull(meta.published()) != null) {
            // the page's own machine-readable date is more precise than a date line (it may carry the time)
            published = meta.published().strip();
            publishedRaw = published;
            method = PublishedMethod.HTML_META;
            why = "the page's own markup";
        } else {
            DatelineChooser.Choice choice = datelines.choose(documentKey, texts, verdicts, headline.title(), bodyStart,
                    layout.bodyEnd(), savedAt, listener);
            if (choice != null) {
                published = choice.iso();
                publishedRaw = choice.raw();
                method = choice.method();
                why = choice.why();
            }
        }
        // the article's own byline, chosen among the lines near the headline and the first kept lines
        List<String> own = bylines.choose(texts, names, isoDates, headline.title(), firstParagraph, lastKept,
                documentKey, listener);
        String authorsMethod = own.isEmpty() ? null : CleanedDocument.AUTHORS_FROM_BYLINE;
        List<String> authorList = own;
        if (own.isEmpty()) {
            authorList = persons.persons(meta.authors().stream().flatMap(a -> bylines.split(a).stream()).toList());
            authorsMethod = authorList.isEmpty() ? null : CleanedDocument.AUTHORS_FROM_METADATA;
        }
        return new CleanedDocument(title, subtitles, authorList, published, section, paragraphs, verdicts,
                publishedRaw, method, why, authorsMethod);
    }

    /**
     * Where the headline, the body and the end marker fall in a document.
     *
     * @param bodyStart     the first line that can be body
     * @param mainStart     the main block's first line (the number of lines when there is none)
     * @param bodyEnd       the main block's last line (-1 when there is none)
     * @param markup        whether the page's markup marks any line
     */
    private record Layout(Headline headline, boolean[] subtitleLines, int cut, int bodyStart, int mainStart,
                          int bodyEnd, boolean markup) {

        boolean subtitle(int k) {
            return k != headline.title() && subtitleLines[k];
        }

        /** The verdict on one line; kept in a method of its own so the loop over the lines stays small. */
        LineVerdict verdict(int k, int line, String text, RuleHit hit, Classification c, boolean marked) {
            boolean kept = false;
            LineKind kind;
            String rule;
            Supplier<String> evidence = null;
            if (k == headline.title()) {
                kind = LineKind.TITLE;
                rule = "headline:title";
            } else if (subtitleLines[k]) {
                kind = LineKind.SUBTITLE;
                rule = "headline:deck";
            } else if (k == headline.section()) {
                kind = LineKind.SECTION;
                rule = "headline:section-label";
            } else if (k > cut) {
                kind = LineKind.APPENDED;
                rule = "after-end-marker";
            } else if (hit != null) {
                kind = hit.kind();
                rule = hit.rule();
            } else if (k >= bodyStart && k < mainStart && markup && !marked) {
                kind = LineKind.BOILERPLATE;
                rule = "markup:outside-article";
            } else if (k >= bodyStart && k < mainStart) {
                kept = true;
                kind = LineKind.BODY;
                rule = "headline:text-below-byline";
            } else if (k < bodyStart) {
                kind = LineKind.BOILERPLATE;
                rule = "classifier:before-article";
            } else if (k > bodyEnd) {
                kind = LineKind.BOILERPLATE;
                rule = "classifier:after-article";
            } else if (c.good()) {
                kept = true;
                kind = LineKind.BODY;
                rule = c.rule();
                evidence = c.explanation();
            } else {
                kind = kindOf(c);
                rule = c.rule();
                evidence = c.explanation();
            }
            return new LineVerdict(line, text, kept, kind, rule, evidence);
        }
    }

    /** Per line, whether it is one of the headline's decks. */
    private static boolean[] subtitleLines(Headline headline, int n) {
        boolean[] subtitle = new boolean[n];
        for (int k : headline.subtitles()) {
            if (k >= 0 && k < n) {
                subtitle[k] = true;
            }
        }
        return subtitle;
    }

    private static LineKind kindOf(Classification c) {
        return c.rule().equals("classifier:bad-short-link-run") || c.rule().equals(RelatedLinksBox.RULE)
                ? LineKind.NAVIGATION : LineKind.BOILERPLATE;
    }

    /** As {@link HeadlinePage#titleHeadlineFor}: a text dump's first line without its last part; none for a saved page. */
    private static String titleHeadline(List<String> texts, int title, PageMetadata meta) {
        if (meta.title() != null && !meta.title().isBlank()) {
            return null;
        }
        return title == 0 || texts.isEmpty() ? null : HeadlineText.withoutLastPart(texts.get(0));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
