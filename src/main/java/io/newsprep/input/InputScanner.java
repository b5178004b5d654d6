package io.newsprep.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lists every file under an input folder, depth first, children sorted by name, so that the order is the
 * same on every run. Folder links are not followed (no loops); file links are listed, and a dangling link
 * is listed too, and so is a folder that cannot be read, so that each becomes a reject rather than
 * silently disappearing. Files named {@code *.open} are left out: crawlers (Heritrix, wget) write a web archive
 * under that name until it is closed. Only one folder's entries are
 * held in memory at a time.
 * <p>
 * The folder is walked by its real path, so that folders to leave out (the run's own output and repository)
 * are recognised however either was named, also through a link; the paths handed on are below that real path.
 */
public final class InputScanner {

    /** The suffix of a file still being written. */
    public static final String IN_PROGRESS = ".open";

    /** What a scan listed and left out. */
    public record Counts(long listed, long excluded, long notMatched) {
    }

    private final Path root;
    private final List<Path> leftOut;
    private final ListingFilter filter;

    /** @param excluded a folder under {@code root} to leave out (the output folder), or null */
    public InputScanner(Path root, Path excluded) {
        this(root, excluded == null ? List.of() : List.of(excluded), ListingFilter.everything());
    }

    /**
     * @param leftOut folders to leave out wherever they are (the output and repository folders); any may be null
     * @param filter  exclusions and {@code --only}
     */
    public InputScanner(Path root, Collection<Path> leftOut, ListingFilter filter) {
        this.root = RealPaths.of(root);
        this.leftOut = leftOut.stream().filter(Objects::nonNull).map(RealPaths::of).toList();
        this.filter = filter;
    }

    /** The folder as walked: the input folder's real path. */
    public Path root() {
        return root;
    }

    public Counts scan(Consumer<SourceFile> sink, Consumer<String> warnings) {
        long[] listed = {0};
        long excluded = 0;
        long notMatched = 0;
        Consumer<SourceFile> counting = file -> {
            listed[0]++;
            sink.accept(file);
        };
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            List<Path> children = sortedChildren(dir, counting);
            List<Path> subfolders = new ArrayList<>();
            for (Path child : children) {
                if (leftOut.contains(child)) {
                    continue;
                }
                Path relative = root.relativize(child);
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    if (filter.excludesFolder(relative)) {
                        excluded++;
                    } else {
                        subfolders.add(child);
                    }
                    continue;
                }
                ListingFilter.Verdict verdict = filter.file(relative);
                if (verdict == ListingFilter.Verdict.EXCLUDED) {
                    excluded++;
                } else if (verdict == ListingFilter.Verdict.NOT_MATCHED) {
                    notMatched++;
                } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                    warnings.accept("not following folder link " + relative);
                } else if (!child.getFileName().toString().endsWith(IN_PROGRESS)) {
                    counting.accept(SourceFile.of(root, child));
                }
            }
            for (int i = subfolders.size() - 1; i >= 0; i--) {
                pending.push(subfolders.get(i));
            }
        }
        return new Counts(listed[0], excluded, notMatched);
    }

    private List<Path> sortedChildren(Path dir, Consumer<SourceFile> sink) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (IOException e) {
            // listed as an entry of its own, so that the loss shows up as a reject
            if (dir.equals(root) || filter.file(root.relativize(dir)) == ListingFilter.Verdict.LISTED) {
                sink.accept(SourceFile.of(root, dir));
            }
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return children;
    }
}
