package io.newsprep.job;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.DocumentAddress;
import io.newsprep.input.Dump;
import io.newsprep.input.ErrorText;
import io.newsprep.input.FileStat;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.store.FileLedger;
import io.newsprep.store.LedgerEntry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The clean step's items for one web archive, read from disk in order: nothing but an "unchanged" item for an
 * archive a published run already cleaned (same path, size and modification time, or same bytes: a closed archive
 * does not change), else one item per record, then one for the records passed over after the last. An archive
 * that holds no document record, or cannot be opened, is one failed record under the archive's own path.
 */
final class ArchiveItems implements AutoCloseable {

    private final SourceFile file;
    private final FileStat stat;
    private final Map<String, Long> counted = new HashMap<>();
    private ArchiveRecords records;
    private String sha256;
    private ProcessedDocument.Change change;
    private CleanItem pending;
    private int handedOut;
    private boolean done;

    /**
     * @param priors what published runs before this one recorded of each file
     */
    ArchiveItems(ArticlePipeline pipeline, SourceFile file, FileLedger.PathLookup priors, boolean reprocess) {
        this.file = file;
        this.stat = FileStat.of(file.path());
        LedgerEntry prior = reprocess ? null : priors.byPath(file.relativePath());
        if (prior != null && prior.untouched(stat)) {
            pending = item(CleanItem.Kind.UNCHANGED_ARCHIVE, null);
            return;
        }
        change = reprocess ? ProcessedDocument.Change.REPROCESSED
                : prior == null ? ProcessedDocument.Change.NEW : ProcessedDocument.Change.CHANGED;
        try {
            sha256 = sha256(file);
            if (prior != null && sha256.equals(prior.fileSha256())) {
                pending = item(CleanItem.Kind.UNCHANGED_ARCHIVE, null); // touched, not changed
                return;
            }
            records = pipeline.records(file);
        } catch (RejectedDumpException e) {
            pending = item(CleanItem.Kind.RECORD, new Failed(DocumentAddress.of(file), e.reason(), e.getMessage()));
        }
    }

    /** The archive's next item, or null after its last. */
    CleanItem next() {
        if (pending != null) {
            CleanItem item = pending;
            pending = null;
            done = records == null;
            handedOut++;
            return item;
        }
        if (done || records == null) {
            return null;
        }
        ArchiveRecord record = records.next();
        if (record != null) {
            handedOut++;
            return item(CleanItem.Kind.RECORD, record);
        }
        done = true;
        Map<String, Long> passed = sinceLastItem();
        close();
        if (handedOut == 0) {
            long skipped = passed.values().stream().mapToLong(Long::longValue).sum();
            return new CleanItem(CleanItem.Kind.RECORD, file, new Failed(DocumentAddress.of(file), RejectReason.EMPTY,
                    "archive holds no page record" + (skipped > 0 ? " (" + skipped + " other records)" : "")),
                    stat, sha256, change, passed);
        }
        return passed.isEmpty() ? null
                : new CleanItem(CleanItem.Kind.PASSED_OVER, file, null, stat, sha256, change, passed);
    }

    private CleanItem item(CleanItem.Kind kind, ArchiveRecord record) {
        return new CleanItem(kind, file, record, stat, sha256, change, sinceLastItem());
    }

    private Map<String, Long> sinceLastItem() {
        if (records == null) {
            return Map.of();
        }
        Map<String, Long> delta = new HashMap<>();
        records.passedOver().forEach((type, n) -> {
            long before = counted.getOrDefault(type, 0L);
            if (n > before) {
                delta.put(type, n - before);
                counted.put(type, n);
            }
        });
        return delta;
    }

    @Override
    public void close() {
        if (records != null) {
            records.close();
        }
    }

    private static String sha256(SourceFile file) throws RejectedDumpException {
        try (InputStream in = Files.newInputStream(file.path())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "cannot read: " + ErrorText.of(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An archive, or a record, that could not be read at all. */
    private record Failed(DocumentAddress address, RejectReason reason, String message) implements ArchiveRecord {
        @Override
        public String sha256() {
            return null;
        }

        @Override
        public Dump toDump() throws RejectedDumpException {
            throw new RejectedDumpException(reason, message);
        }
    }
}
