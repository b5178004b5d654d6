package io.newsprep.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import io.newsprep.store.FileLedger;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * The clean step's writer on a worker, into its partition's own folder. It holds a lock on the folder while the
 * partition runs: when a manager that crashed resumes its run, a worker may still be cleaning a partition of the
 * interrupted attempt, and the partition's new attempt must not write the same files until that one has let go.
 * The operating system releases the lock of a worker that dies.
 */
class PartitionOutputWriter extends RunOutputWriter {

    static final String LOCK_FILE = ".lock";
    private final Path dir;
    private FileChannel lockFile;
    private FileLock lock;

    /** What the manager needs to place the partition's articles among the run's, committed with their records. */
    private final TransactionalOutcomeFile articles;

    /**
     * Same-content copies are looked for among the articles of published runs only, and near-duplicates not at
     * all: the manager places the run's own articles once every partition is done, from {@link PartitionArticle}s.
     */
    PartitionOutputWriter(Path dir, List<TransactionalOutcomeFile> files, PendingRejects pendingRejects,
                          FileLedger ledger, String inputDir, String runId, boolean reprocess) {
        super(files, pendingRejects, ledger, inputDir, runId, reprocess, null,
                new SameContentResolver(ledger, inputDir, runId, reprocess, true));
        this.dir = dir;
        PartitionArticle.File format = new PartitionArticle.File();
        this.articles = new TransactionalOutcomeFile(format, dir.resolve(format.fileName()));
    }

    @Override
    protected void written(List<ProcessedDocument> documents) {
        List<byte[]> lines = new ArrayList<>();
        for (ProcessedDocument d : documents) {
            if (d.accepted() && d.change() != ProcessedDocument.Change.MOVED) {
                lines.add(PartitionArticle.of(d, runId()).line());
            }
        }
        articles.append(lines);
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        super.update(executionContext);
        articles.update(executionContext);
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        try {
            lockFile = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.lock();
        } catch (IOException e) {
            throw new ItemStreamException("cannot lock " + dir + ": " + e.getMessage(), e);
        }
        super.open(executionContext);
        articles.open(executionContext);
    }

    @Override
    public void close() throws ItemStreamException {
        try {
            try {
                super.close();
            } finally {
                articles.close();
            }
        } finally {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (lockFile != null) {
                    lockFile.close();
                }
            } catch (IOException ignored) {
                // closing the channel releases the lock anyway
            } finally {
                lock = null;
                lockFile = null;
            }
        }
    }
}
