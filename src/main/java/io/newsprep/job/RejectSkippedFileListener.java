package io.newsprep.job;

import io.newsprep.article.Outcome;
import io.newsprep.article.Outcome.Rejected;
import io.newsprep.article.Reject;
import io.newsprep.input.RejectReason;
import io.newsprep.input.SourceFile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.listener.SkipListener;

/** Turns a skipped file into an {@code internal_error} reject, so that it is accounted for in rejects.jsonl. */
class RejectSkippedFileListener implements SkipListener<SourceFile, Outcome> {

    private static final Log log = LogFactory.getLog(RejectSkippedFileListener.class);
    private final PendingRejects pending;

    RejectSkippedFileListener(PendingRejects pending) {
        this.pending = pending;
    }

    @Override
    public void onSkipInProcess(SourceFile file, Throwable t) {
        log.error("internal error on " + file.relativePath(), t);
        pending.add(new Rejected(new Reject(file.relativePath(), RejectReason.INTERNAL_ERROR,
                "internal error while processing (" + t.getMessage() + "); see the log", null)));
    }
}
