package io.newsprep.input;

import java.util.List;

/**
 * What a page states about itself outside its visible text (HTML meta tags, canonical link), and for a record of a
 * web archive what the archive states about it: when it was captured and the record's id.
 * Text dumps carry none of it; every field may be null, lists are never null. Its text fields hold no control
 * characters other than TAB and LF.
 */
public record PageMetadata(String url, String title, String published, List<String> authors, String section,
                           String siteName, String crawledAt, String recordId) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null, null);

    public PageMetadata {
        // markup and JSON can spell control characters (&#7;, \u0007) that the page's text could not hold
        title = clean(title);
        section = clean(section);
        siteName = clean(siteName);
        authors = authors == null ? List.of() : authors.stream().map(PageMetadata::clean).toList();
    }

    /** The same rule as for the text: no control characters other than TAB and LF, NFC. */
    private static String clean(String value) {
        return value == null ? null : TextNormalizer.normalize(value);
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
