package io.newsprep.clean;

import java.util.List;

/**
 * The result of cleaning one dump: metadata lifted out of it, the body paragraphs, and a verdict for every non-blank
 * line. {@code published} is ISO 8601 (a day, or a day and time); {@code publishedRaw} the text it was read from,
 * {@code publishedMethod} how it was found (see {@link PublishedMethod}) and {@code publishedWhy} why that date.
 */
public record CleanedDocument(String title, List<String> subtitles, List<String> authors, String published,
                              String section, List<String> paragraphs, List<LineVerdict> verdicts,
                              String publishedRaw, String publishedMethod, String publishedWhy,
                              String authorsMethod) {

    /** A document whose date, if any, is the page's own declared one. */
    public CleanedDocument(String title, List<String> subtitles, List<String> authors, String published,
                           String section, List<String> paragraphs, List<LineVerdict> verdicts) {
        this(title, subtitles, authors, published, section, paragraphs, verdicts, published,
                published == null ? null : PublishedMethod.HTML_META, null, null);
    }

    /** {@code authors_method}: the authors come from the page's metadata (meta tags or JSON-LD). */
    public static final String AUTHORS_FROM_METADATA = "html_meta";
    /** {@code authors_method}: the authors come from a byline line of the text. */
    public static final String AUTHORS_FROM_BYLINE = "byline";

    public CleanedDocument {
        subtitles = List.copyOf(subtitles);
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        verdicts = List.copyOf(verdicts);
    }

    public List<LineVerdict> removed() {
        return verdicts.stream().filter(v -> !v.kept()).toList();
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
