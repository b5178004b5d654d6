package io.newsprep.input;

import java.io.IOException;
import java.nio.file.Path;

/** Real paths (links resolved), by which one folder is recognised under every name it is reached by. */
public final class RealPaths {

    private RealPaths() {
    }

    /**
     * The real path of a file or folder; for one that does not exist (yet), the real path of its nearest existing
     * parent followed by the rest of the path.
     */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                existing = existing.getParent();
            }
        }
        return absolute;
    }

    /** Whether {@code inner} is {@code outer} or lies below it, compared by real paths. */
    public static boolean within(Path inner, Path outer) {
        return of(inner).startsWith(of(outer));
    }
}
