package io.newsprep.clean;

/**
 * The bullets a menu item starts with, read with a character scan: a run of bullet marks each followed by
 * whitespace, and of square brackets, as the pattern {@code ^(?:[•*+□o·>»◦▪‣-]\s+|[\[\]]\s*)+} matches them (ASCII
 * whitespace, as {@code \s} is by default). The section chooser asks this of every line, where the pattern made a
 * matcher per line.
 */
final class BulletPrefix {

    private static final String MARKS = "•*+□o·>»◦▪‣-";

    private BulletPrefix() {
    }

    /** The length of the line's bullet prefix; 0 when it has none. */
    static int length(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (MARKS.indexOf(c) >= 0 && i + 1 < n && whitespace(line.charAt(i + 1))) {
                i = afterWhitespace(line, i + 1);
            } else if (c == '[' || c == ']') {
                i = afterWhitespace(line, i + 1);
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether the line starts with a bullet. */
    static boolean startsWithOne(String line) {
        return length(line) > 0;
    }

    /** The line without its bullet prefix. */
    static String without(String line) {
        return line.substring(length(line));
    }

    private static int afterWhitespace(String line, int from) {
        int i = from;
        while (i < line.length() && whitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without UNICODE_CHARACTER_CLASS. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
