package io.newsprep.input;

import java.util.List;

/**
 * A decoded dump, ready for cleaning: its lines (NFC, no line terminators, blank lines kept so that
 * line numbers match the file for text dumps) and what the page says about itself.
 */
public record Dump(SourceFile file, String sha256, long sizeBytes, String encoding, DumpFormat format,
                   List<String> lines, PageMetadata metadata) {

    public Dump {
        lines = List.copyOf(lines);
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }
}
