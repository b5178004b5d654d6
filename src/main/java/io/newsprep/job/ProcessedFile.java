package io.newsprep.job;

import io.newsprep.input.FileStat;
import io.newsprep.input.SourceFile;
import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.OutcomeFormats;
import io.newsprep.pipeline.Outcome;
import io.newsprep.store.LedgerRow;

import java.util.List;

/**
 * One input file after the processor: what it was on disk, whether it is new or changed, its outcome, and
 * the outcome already encoded in each of the run's {@link #FORMATS} (so the writer, which runs alone, only
 * stores bytes): {@code records[i]} for {@code FORMATS.get(i)}, null where a format has no place for it.
 */
record ProcessedFile(SourceFile file, FileStat stat, Change change, Outcome outcome, byte[][] records) {

    /** The formats every run writes. */
    static final List<OutcomeFormat> FORMATS = OutcomeFormats.standard();

    enum Change { NEW, CHANGED, REPROCESSED, MOVED }

    static ProcessedFile of(SourceFile file, FileStat stat, Change change, Outcome outcome) {
        return new ProcessedFile(file, stat, change, outcome, OutcomeFormats.encode(FORMATS, outcome));
    }

    boolean accepted() {
        return outcome instanceof Outcome.Accepted;
    }

    String articleId() {
        return outcome instanceof Outcome.Accepted a ? a.article().id() : null;
    }

    String rejectReason() {
        return outcome instanceof Outcome.Rejected r ? r.reject().reason().code() : null;
    }

    /** What the ledger records of it. */
    LedgerRow ledgerRow() {
        return new LedgerRow(file.relativePath(), stat, outcome.contentSha256(), articleId(), rejectReason());
    }
}
