package io.newsprep.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An output file that receives a chunk's lines when the chunk's transaction commits, and is cut back to the
 * last committed length when a run restarts. It does what a transactional {@code FlatFileItemWriter} does,
 * without copying a whole chunk into one string twice per commit: lines arrive encoded (as UTF-8, without
 * separator) and are written with one gathering write, so no chunk-sized array is ever allocated. The restart offset is kept under the
 * same execution-context key as {@code FlatFileItemWriter}'s.
 */
final class TransactionalLinesFile implements ItemStream {

    private final String name;
    private final Path file;
    private final byte[] separator;
    private final String header;
    private FileChannel channel;
    /** Bytes on disk after the last commit. */
    private long committed;

    /** @param header written, with the separator, at the start of a new file; null for none */
    TransactionalLinesFile(String name, Path file, String separator, String header) {
        this.name = name;
        this.file = file;
        this.separator = separator.getBytes(StandardCharsets.UTF_8);
        this.header = header;
    }

    private String positionKey() {
        return name + ".current.count";
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (context.containsKey(positionKey())) {
                committed = context.getLong(positionKey());
                long size = channel.size();
                if (size < committed) {
                    channel.close();
                    throw new ItemStreamException(file + " is shorter (" + size
                            + " bytes) than at the last commit (" + committed + " bytes): it was changed outside the run");
                }
                channel.truncate(committed);
                channel.position(committed);
            } else {
                channel.truncate(0);
                committed = 0;
                if (header != null) {
                    Pending start = new Pending();
                    start.add(header.getBytes(StandardCharsets.UTF_8), separator);
                    committed = start.writeTo(channel);
                }
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Queues the lines for the current transaction's commit (or writes them at once outside a transaction). */
    void append(List<byte[]> lines) {
        if (lines.isEmpty()) {
            return;
        }
        boolean transaction = TransactionSynchronizationManager.isSynchronizationActive();
        Pending pending = transaction ? pending() : new Pending();
        lines.forEach(line -> pending.add(line, separator));
        if (!transaction) {
            write(pending);
        }
    }

    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionalLinesFile.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    private void write(Pending pending) {
        try {
            committed += pending.writeTo(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves the length the file will have once the current transaction commits. */
    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        Pending pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Pending) TransactionSynchronizationManager.getResource(this) : null;
        context.putLong(positionKey(), committed + (pending == null ? 0 : pending.bytes));
    }

    @Override
    public void close() throws ItemStreamException {
        if (channel == null) {
            return;
        }
        try {
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            throw new ItemStreamException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            channel = null;
        }
    }

    /** Encoded lines waiting for a commit. */
    private static final class Pending {
        private final List<ByteBuffer> buffers = new ArrayList<>();
        private long bytes;

        void add(byte[] encoded, byte[] separator) {
            buffers.add(ByteBuffer.wrap(encoded));
            buffers.add(ByteBuffer.wrap(separator));
            bytes += encoded.length + separator.length;
        }

        long writeTo(FileChannel channel) throws IOException {
            ByteBuffer[] all = buffers.toArray(ByteBuffer[]::new);
            long written = 0;
            while (written < bytes) {
                written += channel.write(all);
            }
            buffers.clear();
            bytes = 0;
            return written;
        }
    }
}
