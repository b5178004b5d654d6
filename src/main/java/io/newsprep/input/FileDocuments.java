package io.newsprep.input;

import java.util.List;

/**
 * An input file as its reader turned it into documents: the hash of the file's bytes as stored (what tells a
 * changed file from an unchanged one), and its documents in the order they appear in it.
 */
public record FileDocuments(SourceFile file, String sha256, List<Dump> documents) {

    public FileDocuments {
        documents = List.copyOf(documents);
    }

    /** Whether the file is one document that is the whole file, as a text dump or a saved page is. */
    public boolean wholeFile() {
        return documents.size() == 1 && documents.get(0).address().wholeFile();
    }
}
