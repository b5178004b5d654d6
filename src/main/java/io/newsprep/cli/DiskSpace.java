package io.newsprep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses to start on a disk that is full, before the job repository would take that for a lock held by another run. */
final class DiskSpace {

    /** Less than this free and not even the repository's lock and log can be written. */
    static final long MINIMUM_BYTES = 1024 * 1024;

    private DiskSpace() {
    }

    static void requireSome(Path folder, String what) {
        long free = usableBytes(folder);
        if (free >= 0 && free < MINIMUM_BYTES) {
            throw new IllegalStateException(full(folder, what, free));
        }
    }

    /** The usable bytes on the folder's disk; -1 when that cannot be told. */
    static long usableBytes(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String full(Path folder, String what, long free) {
        return "no space left on the disk of the " + what + " " + folder + " (" + free / 1024
                + " KB free); free some space there and run the same command again; nothing was written";
    }
}
