package io.newsprep.eval;

import java.util.List;

/**
 * One page's metadata as its structured data gives it, with whether its text dump shows each value: the date
 * (ISO 8601 as given), the authors (person names) and which of them are shown, the section and the publisher's
 * name. A null flag means the gold does not say (such a value is scored on HTML input only).
 */
public record MetadataGold(String id, String published, Boolean publishedVisible, List<String> authors,
                           List<String> authorsVisible, String section, Boolean sectionVisible, String siteName,
                           Boolean siteNameVisible) {

    public MetadataGold {
        authors = authors == null ? List.of() : List.copyOf(authors);
        authorsVisible = authorsVisible == null ? null : List.copyOf(authorsVisible);
    }
}
