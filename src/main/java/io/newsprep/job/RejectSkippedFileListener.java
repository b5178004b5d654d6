package io.newsprep.job;

import io.newsprep.input.FileStat;
import io.newsprep.input.RejectReason;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.listener.SkipListener;

/** Turns a skipped file into an {@code internal_error} reject, so that it is accounted for in rejects.jsonl. */
class RejectSkippedFileListener implements SkipListener<SourceFile, ProcessedFile> {

    private static final Log log = LogFactory.getLog(RejectSkippedFileListener.class);
    private final PendingRejects pending;

    RejectSkippedFileListener(PendingRejects pending) {
        this.pending = pending;
    }

    @Override
    public void onSkipInProcess(SourceFile file, Throwable t) {
        log.error("internal error on " + file.relativePath(), t.getCause() == null ? t : t.getCause());
        Reject reject = new Reject(file.relativePath(), RejectReason.INTERNAL_ERROR,
                "internal error while processing (" + t.getMessage() + "); details in the log", null);
        pending.add(ProcessedDocument.of(file, FileStat.of(file.path()), ProcessedDocument.Change.NEW, new Outcome.Rejected(reject)));
    }
}
