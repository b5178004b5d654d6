package io.newsprep.job;

import io.newsprep.input.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * One input file after the processor: one {@link ProcessedDocument} per document its reader found in it (one for
 * a text dump or a saved page, one per record for a file of many), in the file's order. A file is the clean
 * step's item, so that its documents are written, and committed, together. A record of a web archive is an item
 * of its own, with the archive's records passed over (requests, metadata) since the one before, by type.
 */
record ProcessedFile(SourceFile file, List<ProcessedDocument> documents, Map<String, Long> passedOver) {

    ProcessedFile {
        documents = List.copyOf(documents);
        passedOver = Map.copyOf(passedOver);
    }

    ProcessedFile(SourceFile file, List<ProcessedDocument> documents) {
        this(file, documents, Map.of());
    }

    static ProcessedFile of(ProcessedDocument document) {
        return new ProcessedFile(document.file(), List.of(document));
    }
}
