package io.newsprep.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, by its path below the input folder, whether an entry is listed: left out when it or a folder above
 * it matches an exclusion ({@code --exclude}, and the bundled {@link #DEFAULT_EXCLUDES} unless turned off), and,
 * with {@code --only}, unless the file matches that glob.
 */
public final class ListingFilter {

    /** The bundled list of what sits in landing folders but is not a dump, one glob a line. */
    public static final String DEFAULT_EXCLUDES = "/input/default-excludes.txt";

    public enum Verdict { LISTED, EXCLUDED, NOT_MATCHED }

    private final List<PathGlob> excludes;
    private final PathGlob only;

    /** @param only a glob for {@code --only}, or null or empty for every file */
    public ListingFilter(String only, InputSelection selection) {
        this.only = only == null || only.isEmpty() ? null : PathGlob.of(only);
        List<PathGlob> globs = new ArrayList<>();
        if (selection.defaultExcludes()) {
            defaultExcludes().forEach(g -> globs.add(PathGlob.of(g)));
        }
        selection.excludes().forEach(g -> globs.add(PathGlob.of(g)));
        this.excludes = List.copyOf(globs);
    }

    /** Every file and folder. */
    public static ListingFilter everything() {
        return new ListingFilter(null, new InputSelection(List.of(), false, false));
    }

    /** Whether a folder is left out, with everything in it. */
    public boolean excludesFolder(Path relative) {
        return excluded(relative);
    }

    public Verdict file(Path relative) {
        if (excluded(relative)) {
            return Verdict.EXCLUDED;
        }
        return only == null || only.matches(relative) ? Verdict.LISTED : Verdict.NOT_MATCHED;
    }

    /** Whether a listing with this filter takes the file: it matches, and neither it nor a folder above it is left out. */
    public boolean lists(Path relative) {
        for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
            if (excludesFolder(folder)) {
                return false;
            }
        }
        return file(relative) == Verdict.LISTED;
    }

    private boolean excluded(Path relative) {
        for (PathGlob glob : excludes) {
            if (glob.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** The globs of {@link #DEFAULT_EXCLUDES}. */
    public static List<String> defaultExcludes() {
        try (InputStream in = ListingFilter.class.getResourceAsStream(DEFAULT_EXCLUDES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_EXCLUDES);
            }
            List<String> globs = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String glob = line.strip();
                if (!glob.isEmpty() && !glob.startsWith("#")) {
                    globs.add(glob);
                }
            }
            return globs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
