package io.newsprep.input;

import java.util.List;

/**
 * What a page states about itself outside its visible text (HTML meta tags, canonical link), and for a record of a
 * web archive what the archive states about it: when it was captured and the record's id.
 * Text dumps carry none of it; every field may be null, lists are never null.
 */
public record PageMetadata(String url, String title, String published, List<String> authors, String section,
                           String siteName, String crawledAt, String recordId) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** What a page states about itself, outside any archive. */
    public PageMetadata(String url, String title, String published, List<String> authors, String section,
                        String siteName) {
        this(url, title, published, authors, section, siteName, null, null);
    }

    /** The same metadata as captured in an archive record. */
    public PageMetadata captured(String fallbackUrl, String crawledAt, String recordId) {
        return new PageMetadata(url == null ? fallbackUrl : url, title, published, authors, section, siteName,
                crawledAt, recordId);
    }
}
