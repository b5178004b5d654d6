package io.newsprep.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lists every file under an input folder, depth first, children sorted by name, so that the order is the
 * same on every run. Folder links are not followed (no loops); file links are listed, and a dangling link
 * is listed too, and so is a folder that cannot be read, so that each becomes a reject rather than
 * silently disappearing. Files named {@code *.open} are left out: crawlers (Heritrix, wget) write a web archive
 * under that name until it is closed. Only one folder's entries are
 * held in memory at a time.
 */
public final class InputScanner {

    /** The suffix of a file still being written. */
    public static final String IN_PROGRESS = ".open";

    private final Path root;
    private final Path excluded;

    /** @param excluded a folder under {@code root} to leave out (the output folder), or null */
    public InputScanner(Path root, Path excluded) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    }

    public void scan(Consumer<SourceFile> sink, Consumer<String> warnings) {
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            List<Path> children = sortedChildren(dir, sink);
            List<Path> subfolders = new ArrayList<>();
            for (Path child : children) {
                if (child.equals(excluded)) {
                    continue;
                }
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    subfolders.add(child);
                } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                    warnings.accept("not following folder link " + root.relativize(child));
                } else if (!child.getFileName().toString().endsWith(IN_PROGRESS)) {
                    sink.accept(SourceFile.of(root, child));
                }
            }
            for (int i = subfolders.size() - 1; i >= 0; i--) {
                pending.push(subfolders.get(i));
            }
        }
    }

    private List<Path> sortedChildren(Path dir, Consumer<SourceFile> sink) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (IOException e) {
            // listed as an entry of its own, so that the loss shows up as a reject
            sink.accept(SourceFile.of(root, dir));
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return children;
    }
}
