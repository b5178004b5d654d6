package io.newsprep.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob on a path below the input folder, as {@code --only} and {@code --exclude} take it. A glob without a
 * {@code /} matches the name of a file or folder at any depth ({@code *.txt}, {@code drafts}); one with a
 * {@code /} matches the whole relative path ({@code asiae/**}), and a leading {@code **}{@code /} also matches
 * at the top ({@code **}{@code /*.html} matches {@code a.html}).
 */
public final class PathGlob {

    private final String glob;
    private final boolean byName;
    private final PathMatcher whole;
    private final PathMatcher atTop;

    private PathGlob(String glob) {
        this.glob = glob;
        String pattern = glob.endsWith("/") && glob.length() > 1 ? glob.substring(0, glob.length() - 1) : glob;
        this.byName = pattern.indexOf('/') < 0;
        this.whole = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.atTop = pattern.startsWith("**/") && pattern.length() > 3
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)) : null;
    }

    /** @throws java.util.regex.PatternSyntaxException when it is not a valid glob */
    public static PathGlob of(String glob) {
        return new PathGlob(glob);
    }

    /** @param relative a path below the input folder, as listed */
    public boolean matches(Path relative) {
        if (byName) {
            Path name = relative.getFileName();
            return name != null && whole.matches(name);
        }
        return whole.matches(relative) || (atTop != null && atTop.matches(relative));
    }

    @Override
    public String toString() {
        return glob;
    }
}
