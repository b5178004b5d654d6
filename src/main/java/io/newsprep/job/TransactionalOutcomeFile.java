package io.newsprep.job;

import io.newsprep.output.OutcomeFile;
import io.newsprep.output.OutcomeFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One output format's file in the clean step: a chunk's records reach it when the chunk's transaction commits,
 * and a restart resumes it from the position of the last commit. It does what a transactional
 * {@code FlatFileItemWriter} does, for any {@link OutcomeFormat}; the position is kept under the same
 * execution-context key as {@code FlatFileItemWriter}'s.
 */
final class TransactionalOutcomeFile implements ItemStream {

    private final OutcomeFormat format;
    private final Path file;
    private OutcomeFile open;

    TransactionalOutcomeFile(OutcomeFormat format, Path file) {
        this.format = format;
        this.file = file;
    }

    private String positionKey() {
        return format.key() + ".current.count";
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        long committed = context.containsKey(positionKey()) ? context.getLong(positionKey()) : -1;
        try {
            open = format.open(file, committed);
        } catch (IllegalStateException e) {
            throw new ItemStreamException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stages the records for the current transaction's commit (or writes them at once outside a transaction). */
    void append(List<byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        open.stage(records);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            commit();
        } else if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    commit();
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        open.rollback();
                    }
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionalOutcomeFile.this);
                }
            });
        }
    }

    private void commit() {
        try {
            open.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves the position the file will have once the current transaction commits. */
    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putLong(positionKey(), open.position());
    }

    @Override
    public void close() throws ItemStreamException {
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (IOException e) {
            throw new ItemStreamException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            open = null;
        }
    }
}
