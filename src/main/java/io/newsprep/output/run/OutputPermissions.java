package io.newsprep.output.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps what a run writes no more open than the output folder: a folder made under it gets at most the output
 * folder's permissions, a file at most its read and write ones, whatever the umask would have given. Articles
 * hold the text of the input, and the output folder's owner decides who may read them. Does nothing on a file
 * system without POSIX permissions.
 */
public final class OutputPermissions {

    private static final Set<PosixFilePermission> EXECUTE = EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private final Set<PosixFilePermission> folder;

    private OutputPermissions(Set<PosixFilePermission> folder) {
        this.folder = folder;
    }

    /** The limits the output folder sets; none when its permissions cannot be read. */
    public static OutputPermissions of(Path output) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(output, PosixFileAttributeView.class);
            return new OutputPermissions(view == null ? null : view.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            return new OutputPermissions(null);
        }
    }

    /** Narrows a folder's or a file's permissions to the output folder's. */
    public void limit(Path entry) throws IOException {
        if (folder == null || Files.isSymbolicLink(entry)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(entry, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> allowed = EnumSet.noneOf(PosixFilePermission.class);
        allowed.addAll(folder);
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            allowed.removeAll(EXECUTE);
        }
        Set<PosixFilePermission> now = view.readAttributes().permissions();
        Set<PosixFilePermission> narrowed = EnumSet.noneOf(PosixFilePermission.class);
        narrowed.addAll(now);
        narrowed.retainAll(allowed);
        if (!narrowed.equals(now)) {
            view.setPermissions(narrowed);
        }
    }
}
