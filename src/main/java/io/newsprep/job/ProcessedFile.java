package io.newsprep.job;

import io.newsprep.article.Outcome;
import io.newsprep.input.SourceFile;

/** One input file after the processor: what it was on disk, whether it is new or changed, and its outcome. */
record ProcessedFile(SourceFile file, FileStat stat, Change change, Outcome outcome) {

    enum Change { NEW, CHANGED, REPROCESSED }

    boolean accepted() {
        return outcome instanceof Outcome.Accepted;
    }

    String articleId() {
        return outcome instanceof Outcome.Accepted a ? a.article().id() : null;
    }

    String rejectReason() {
        return outcome instanceof Outcome.Rejected r ? r.reject().reason().code() : null;
    }
}
