package io.newsprep.job;

import io.newsprep.input.SourceFile;

import java.util.List;

/**
 * One input file after the processor: one {@link ProcessedDocument} per document its reader found in it (one for
 * a text dump or a saved page, one per record for a file of many), in the file's order. A file is the clean
 * step's item, so that its documents are written, and committed, together.
 */
record ProcessedFile(SourceFile file, List<ProcessedDocument> documents) {

    ProcessedFile {
        documents = List.copyOf(documents);
    }

    static ProcessedFile of(ProcessedDocument document) {
        return new ProcessedFile(document.file(), List.of(document));
    }
}
