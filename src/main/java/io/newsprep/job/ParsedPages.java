package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpCodec;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.SourceFile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Saved HTML pages the learn step has already parsed, kept for the clean step so that no page is parsed twice
 * (parsing is most of the cost of a page). The learn step writes one record per manifest line, in manifest
 * order, to a file in the run's staging folder; the clean step's reader reads it in step with the manifest
 * and leaves each page here for the processor, which takes it if the file has not changed since. Text dumps
 * are not kept: reading them again costs about as much as reading them back. Anything missing or unreadable
 * only means the page is parsed again. One instance per clean step execution.
 */
class ParsedPages {

    private static final Log log = LogFactory.getLog(ParsedPages.class);
    private static final int ABSENT = 0;
    private static final int PAGE = 1;

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    /**
     * Pages read but not yet taken: at most a chunk's worth in normal operation; more means some were not
     * going to be taken, and they are dropped rather than held.
     */
    private final int maxWaiting;

    ParsedPages(int chunkSize) {
        this.maxWaiting = 2 * chunkSize;
    }

    private record Waiting(FileStat stat, Dump dump) {
    }

    static Path fileOf(Path manifest) {
        return manifest.resolveSibling(".parsed-pages");
    }

    /** Leaves a page for the processor. */
    void offer(String relativePath, FileStat stat, Dump dump) {
        if (waiting.size() >= maxWaiting) {
            waiting.clear();
        }
        waiting.put(relativePath, new Waiting(stat, dump));
    }

    /** The page parsed earlier for this file, or null when there is none or the file changed since. */
    Dump take(SourceFile file, FileStat now) {
        Waiting w = waiting.remove(file.relativePath());
        return w != null && w.stat().equals(now) ? w.dump() : null;
    }

    /** Written by the learn step; appears under its final name only when complete. */
    static final class Writer implements Closeable {
        private final Path target;
        private final Path partial;
        private final DataOutputStream out;

        Writer(Path target) throws IOException {
            this.target = target;
            this.partial = target.resolveSibling(target.getFileName() + ".tmp");
            Files.deleteIfExists(target);
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16));
        }

        /** One record per manifest line: the page when it is an HTML page that loaded, else an empty record. */
        void add(FileStat stat, Dump dump) throws IOException {
            if (dump == null || dump.format() != DumpFormat.HTML || stat == null) {
                out.writeByte(ABSENT);
                return;
            }
            out.writeByte(PAGE);
            out.writeLong(stat.sizeBytes());
            out.writeLong(stat.modifiedAt());
            DumpCodec.write(out, dump);
        }

        void commit() throws IOException {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(partial);
        }
    }

    /** Read by the clean step's reader, one record per manifest line. */
    static final class Reader implements Closeable {
        private final Path file;
        private final Path inputDir;
        private DataInputStream in;

        /** A reader of nothing when the learn step left no complete file. */
        Reader(Path file, Path inputDir) throws IOException {
            this.file = file;
            this.inputDir = inputDir;
            this.in = Files.isRegularFile(file)
                    ? new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)) : null;
        }

        /** The next record's page and the file's state when it was parsed, or null. */
        Waiting next() {
            if (in == null) {
                return null;
            }
            try {
                int kind = in.readUnsignedByte();
                if (kind == ABSENT) {
                    return null;
                }
                FileStat stat = new FileStat(in.readLong(), in.readLong());
                return new Waiting(stat, DumpCodec.read(in, inputDir));
            } catch (EOFException e) {
                stop(null);
            } catch (IOException | RuntimeException e) {
                stop(e);
            }
            return null;
        }

        /** Passes over the next record. */
        void skip() {
            next();
        }

        /** Feeds the next record to the pages waiting for the processor. */
        void next(String relativePath, ParsedPages pages) {
            Waiting w = next();
            if (w != null && w.dump().file().relativePath().equals(relativePath)) {
                pages.offer(relativePath, w.stat(), w.dump());
            }
        }

        private void stop(Exception e) {
            if (e != null) {
                log.warn("cannot read " + file + " (" + e.getMessage() + "); the remaining pages are parsed again");
            }
            try {
                close();
            } catch (IOException ignored) {
                // nothing more is read from it either way
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }
}
