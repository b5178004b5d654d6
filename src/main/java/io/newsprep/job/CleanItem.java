package io.newsprep.job;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.FileStat;
import io.newsprep.input.SourceFile;

import java.util.Map;

/**
 * What the clean step reads: a listed file, cleaned whole by a worker, or one record of a web archive, which the
 * reader streams from disk so that an archive's records are spread over all workers and never held all at once.
 *
 * @param record     the archive record to clean; null for a whole file and for the items below
 * @param stat       for an archive, its size and modification time as the reader found them; null for a whole file
 * @param fileSha256 for an archive that is cleaned, the hash of its bytes
 * @param change     for an archive that is cleaned, whether it is new, changed or reprocessed
 * @param passedOver records of the archive passed over (requests, metadata…) since its previous item, by type
 */
record CleanItem(Kind kind, SourceFile file, ArchiveRecord record, FileStat stat, String fileSha256,
                 ProcessedDocument.Change change, Map<String, Long> passedOver) {

    enum Kind {
        /** A file read and cleaned whole. */
        FILE,
        /** One record of an archive. */
        RECORD,
        /** An archive unchanged since a published run: nothing to clean. */
        UNCHANGED_ARCHIVE,
        /** The records an archive passed over after its last document, to be counted. */
        PASSED_OVER
    }

    CleanItem {
        passedOver = passedOver == null ? Map.of() : Map.copyOf(passedOver);
    }

    static CleanItem file(SourceFile file) {
        return new CleanItem(Kind.FILE, file, null, null, null, null, Map.of());
    }

    /** How results are matched to items: the document's address key, or the file's relative path. */
    String key() {
        return record != null ? record.address().key() : kind == Kind.FILE ? file.relativePath()
                : file.relativePath() + "#" + kind;
    }
}
