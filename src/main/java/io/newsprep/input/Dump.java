package io.newsprep.input;

import java.util.List;

/**
 * A decoded document, ready for cleaning: where it comes from, its lines (NFC, no line terminators, blank lines
 * kept so that line numbers match the file for text dumps), what the page says about itself, and for saved HTML
 * the lines its markup places in the article.
 *
 * @param encodingErrors bad bytes decoding met: invalid sequences replaced by U+FFFD, NUL bytes dropped
 */
public record Dump(DocumentAddress address, String sha256, long sizeBytes, String encoding, DumpFormat format,
                   List<String> lines, PageMetadata metadata, MarkedLines marked, int encodingErrors) {

    public Dump {
        lines = List.copyOf(lines);
        metadata = metadata == null ? PageMetadata.NONE : metadata;
        marked = marked == null || marked.end() > lines.size() ? MarkedLines.NONE : marked;
    }

    /** A document decoded without bad bytes. */
    public Dump(DocumentAddress address, String sha256, long sizeBytes, String encoding, DumpFormat format,
                List<String> lines, PageMetadata metadata, MarkedLines marked) {
        this(address, sha256, sizeBytes, encoding, format, lines, metadata, marked, 0);
    }

    /** The document that is the whole file. */
    public Dump(SourceFile file, String sha256, long sizeBytes, String encoding, DumpFormat format,
                List<String> lines, PageMetadata metadata, MarkedLines marked) {
        this(DocumentAddress.of(file), sha256, sizeBytes, encoding, format, lines, metadata, marked);
    }

    public Dump(SourceFile file, String sha256, long sizeBytes, String encoding, DumpFormat format,
                List<String> lines, PageMetadata metadata) {
        this(file, sha256, sizeBytes, encoding, format, lines, metadata, MarkedLines.NONE);
    }

    /** The input file that holds the document. */
    public SourceFile file() {
        return address.file();
    }
}
