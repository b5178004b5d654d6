package io.newsprep.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a run inside its input folder: a file whose real path (links resolved) lies outside the input folder, or
 * inside the run's own output or repository, is not read unless links are to be followed. Checked just before a
 * file is read, so that a link put there after the listing is caught too.
 */
public final class InputBoundary {

    private final Path root;
    private final List<Path> leftOut;
    private final boolean followLinks;

    /**
     * @param leftOut     folders no link may lead into (the output and repository folders); any may be null
     * @param followLinks read whatever a link leads to, as the file system allows
     */
    public InputBoundary(Path inputDir, Collection<Path> leftOut, boolean followLinks) {
        this.root = RealPaths.of(inputDir);
        this.leftOut = leftOut.stream().filter(Objects::nonNull).map(RealPaths::of).toList();
        this.followLinks = followLinks;
    }

    /** Whether the file may be read: {@link #check} finds nothing against it. */
    public boolean allows(SourceFile file) {
        try {
            check(file);
            return true;
        } catch (RejectedDumpException e) {
            return false;
        }
    }

    /** @throws RejectedDumpException ({@link RejectReason#OUTSIDE_INPUT}) for a file that is not to be read */
    public void check(SourceFile file) throws RejectedDumpException {
        if (followLinks || !file.addressable()) {
            return;
        }
        Path real;
        try {
            real = file.path().toRealPath();
        } catch (IOException | SecurityException e) {
            return; // a dangling or looping link, or a vanished file: reading it says which
        }
        if (!real.startsWith(root)) {
            throw new RejectedDumpException(RejectReason.OUTSIDE_INPUT, "not read: a symbolic link to " + real
                    + ", outside the input folder; run with --follow-links to read such files");
        }
        for (Path folder : leftOut) {
            if (real.startsWith(folder)) {
                throw new RejectedDumpException(RejectReason.OUTSIDE_INPUT, "not read: a symbolic link into "
                        + folder + ", this run's own output or repository");
            }
        }
    }
}
