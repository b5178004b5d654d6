package io.newsprep.input;

import java.util.List;

/**
 * What a page states about itself outside its visible text (HTML meta tags, canonical link).
 * Text dumps carry none of it; every field may be null, lists are never null.
 */
public record PageMetadata(String url, String title, String published, List<String> authors, String section,
                           String siteName) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
