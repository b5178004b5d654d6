package io.newsprep.job;

import io.newsprep.input.FileStat;
import io.newsprep.store.LedgerRow;
import io.newsprep.pipeline.Outcome;
import io.newsprep.input.SourceFile;
import io.newsprep.output.OutcomeLines;

/**
 * One input file after the processor: what it was on disk, whether it is new or changed, its outcome, and
 * the outcome already rendered and encoded as the lines the run files get (so the writer, which runs alone, only
 * appends).
 */
record ProcessedFile(SourceFile file, FileStat stat, Change change, Outcome outcome, byte[] jsonLine,
                     byte[] csvRow) {

    private static final OutcomeLines LINES = new OutcomeLines();

    enum Change { NEW, CHANGED, REPROCESSED, MOVED }

    static ProcessedFile of(SourceFile file, FileStat stat, Change change, Outcome outcome) {
        return new ProcessedFile(file, stat, change, outcome, LINES.jsonUtf8Line(outcome), LINES.csvUtf8Row(outcome));
    }

    static String csvHeader() {
        return LINES.csvHeader();
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
