package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpCodec;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.FileStat;
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
 * What the learn step found out about each file, kept for the clean step so that no page is parsed twice and
 * no publisher is identified twice: for a saved HTML page the parsed page (parsing is most of the cost of a
 * page) and its publisher, for a text dump its publisher only (reading a dump again costs about as much as
 * reading it back). The learn step writes one record per manifest line, in manifest order, to a file in the
 * run's staging folder; the clean step's reader reads it in step with the manifest and leaves each record here
 * for the processor, which takes it if the file has not changed since. Anything missing or unreadable only
 * means the page is parsed, or the publisher identified, again. One instance per clean step execution.
 */
class ParsedPages {

    private static final Log log = LogFactory.getLog(ParsedPages.class);
    private static final int ABSENT = 0;
    private static final int PAGE = 1;
    private static final int SOURCE = 2;
    /** Opens the file, so that one left by an earlier version (its records laid out otherwise) is not misread. */
    private static final int LAYOUT = 0x4e505032; // "NPP2": records with document addresses

    private final Map<String, Learned> waiting = new ConcurrentHashMap<>();
    /**
     * Records read but not yet taken: fewer than two chunks' worth in normal operation (the reader lists files a
     * chunk ahead of the step, and the workers take each record when they start on its file); more means some
     * were not going to be taken, and they are dropped rather than held.
     */
    private final int maxWaiting;

    ParsedPages(int chunkSize) {
        this.maxWaiting = 3 * chunkSize;
    }

    /**
     * What the learn step found for one file.
     *
     * @param dump   the parsed page, or null for a text dump (read again by the processor)
     * @param source the publisher as the learn step identified it
     */
    record Learned(FileStat stat, Dump dump, LearnedPublisher source) {
    }

    private record Waiting(String relativePath, Learned learned) {
    }

    static Path fileOf(Path manifest) {
        return manifest.resolveSibling(".parsed-pages");
    }

    /** Leaves what was learned about a file for the processor. */
    void offer(String relativePath, Learned learned) {
        if (waiting.size() >= maxWaiting) {
            waiting.clear();
        }
        waiting.put(relativePath, learned);
    }

    /** What was learned about this file, or null when nothing was or the file changed since. */
    Learned take(SourceFile file, FileStat now) {
        Learned l = waiting.remove(file.relativePath());
        return l != null && l.stat().equals(now) ? l : null;
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
            out.writeInt(LAYOUT);
        }

        /**
         * One record per manifest line: for a file that loaded, the page when it is an HTML page and the
         * publisher; else an empty record.
         */
        void add(FileStat stat, Dump dump, LearnedPublisher source) throws IOException {
            if (dump == null || stat == null || source == null) {
                out.writeByte(ABSENT);
                return;
            }
            boolean page = dump.format() == DumpFormat.HTML;
            out.writeByte(page ? PAGE : SOURCE);
            out.writeLong(stat.sizeBytes());
            out.writeLong(stat.modifiedAt());
            if (page) {
                DumpCodec.write(out, dump);
            } else {
                DumpCodec.writeString(out, dump.file().relativePath());
            }
            source.write(out);
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
            if (in != null) {
                try {
                    if (in.readInt() != LAYOUT) {
                        stop(new IOException("written by another version of newsprep"));
                    }
                } catch (IOException e) {
                    stop(e);
                }
            }
        }

        /** The next record, or null. */
        Waiting next() {
            if (in == null) {
                return null;
            }
            try {
                int kind = in.readUnsignedByte();
                if (kind == ABSENT) {
                    return null;
                }
                if (kind != PAGE && kind != SOURCE) {
                    throw new IOException("unknown record kind " + kind);
                }
                FileStat stat = new FileStat(in.readLong(), in.readLong());
                Dump dump = kind == PAGE ? DumpCodec.read(in, inputDir) : null;
                String relativePath = dump != null ? dump.file().relativePath() : DumpCodec.readString(in);
                return new Waiting(relativePath, new Learned(stat, dump, LearnedPublisher.read(in)));
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

        /** Feeds the next record to the ones waiting for the processor. */
        void next(String relativePath, ParsedPages pages) {
            Waiting w = next();
            if (w != null && w.relativePath().equals(relativePath)) {
                pages.offer(relativePath, w.learned());
            }
        }

        private void stop(Exception e) {
            if (e != null) {
                log.warn("cannot read " + file + " (" + e.getMessage()
                        + "); the remaining pages are parsed, and their publishers identified, again");
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
