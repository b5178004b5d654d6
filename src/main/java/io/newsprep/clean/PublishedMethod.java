package io.newsprep.clean;

/** How an article's publication date was found: the values of the {@code published_method} field. */
public final class PublishedMethod {

    /** The page's own machine-readable date (meta tags, JSON-LD, a {@code <time>} element). */
    public static final String HTML_META = "html_meta";
    /** A date written in the article's dateline. */
    public static final String DATELINE = "dateline";
    /** A relative date ("3 hours ago") resolved against when the page was saved. */
    public static final String RELATIVE = "relative";

    private PublishedMethod() {
    }
}
