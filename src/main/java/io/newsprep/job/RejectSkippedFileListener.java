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
class RejectSkippedFileListener implements SkipListener<CleanItem, ProcessedFile> {

    private static final Log log = LogFactory.getLog(RejectSkippedFileListener.class);
    private final PendingRejects pending;

    RejectSkippedFileListener(PendingRejects pending) {
        this.pending = pending;
    }

    @Override
    public void onSkipInProcess(CleanItem item, Throwable t) {
        SourceFile file = item.file();
        String address = item.record() != null ? item.record().address().key() : file.relativePath();
        log.error("internal error on " + address, t.getCause() == null ? t : t.getCause());
        Reject reject = new Reject(address, RejectReason.INTERNAL_ERROR,
                "internal error while processing (" + t.getMessage() + "); details in the log", null);
        if (item.kind() == CleanItem.Kind.FILE) {
            pending.add(ProcessedDocument.of(file, FileStat.of(file.path()), ProcessedDocument.Change.NEW,
                    new Outcome.Rejected(reject)));
        } else {
            pending.add(ProcessedDocument.of(file, item.stat(), item.fileSha256(),
                    item.change() == null ? ProcessedDocument.Change.NEW : item.change(), new Outcome.Rejected(reject)));
        }
    }
}
