package io.newsprep.input;

import java.util.List;

/**
 * Which entries under the input folder a run lists and reads, besides {@code --only}.
 *
 * @param excludes        globs of files and folders to leave out ({@code --exclude}), see {@link PathGlob}
 * @param defaultExcludes whether the bundled list of what is not a dump is left out too (hidden entries,
 *                        {@code *.json}, {@code *.md}, {@code *.csv}, ...; see {@link ListingFilter#DEFAULT_EXCLUDES})
 * @param followLinks     whether a symbolic link whose target lies outside the input folder is read; when not,
 *                        it is an {@code outside_input} reject
 */
public record InputSelection(List<String> excludes, boolean defaultExcludes, boolean followLinks) {

    /** What a run does when not told otherwise. */
    public static final InputSelection DEFAULT = new InputSelection(List.of(), true, false);

    public InputSelection {
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }
}
