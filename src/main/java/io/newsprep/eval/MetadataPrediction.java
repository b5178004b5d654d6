package io.newsprep.eval;

import java.util.List;

/** What an article says about its page's metadata, and where its input came from. */
public record MetadataPrediction(String published, List<String> authors, String section, String publisher,
                                 String folder, boolean dumpInput) {

    public static final MetadataPrediction NONE = new MetadataPrediction(null, List.of(), null, null, "", true);

    public MetadataPrediction {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
