package io.newsprep.input;

/**
 * Where a document comes from: an input file, and for a file that holds many documents (a web archive) the
 * offset of the document's record in it. Its {@link #key} is how the manifest, the ledger, the articles and
 * the rejects name the document: the file's relative path for a document that is the whole file.
 *
 * @param offset the record's offset in the file, or {@link #WHOLE_FILE}
 */
public record DocumentAddress(SourceFile file, long offset) {

    public static final long WHOLE_FILE = -1;

    /** The document that is the whole file. */
    public static DocumentAddress of(SourceFile file) {
        return new DocumentAddress(file, WHOLE_FILE);
    }

    public boolean wholeFile() {
        return offset == WHOLE_FILE;
    }

    /** The relative path of the file, followed for a record by {@code #} and its offset. */
    public String key() {
        return wholeFile() ? file.relativePath() : file.relativePath() + "#" + offset;
    }
}
