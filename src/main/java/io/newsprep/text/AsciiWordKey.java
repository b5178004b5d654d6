package io.newsprep.text;

/**
 * The lower-case words of an ASCII line joined by single spaces, in one pass: what lower-casing the line and
 * replacing every run of characters other than letters and digits by one space, then stripping, gives for
 * ASCII, without the patterns. Lines with any other character return null, and callers take their general path.
 */
public final class AsciiWordKey {

    private AsciiWordKey() {
    }

    /** The key of an ASCII line, or null when the line holds a character above U+007F. */
    public static String of(String s) {
        StringBuilder sb = null;
        boolean gap = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean upper = c >= 'A' && c <= 'Z';
            if (!lower && !upper) {
                gap = true;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n - i);
            } else if (gap) {
                sb.append(' ');
            }
            gap = false;
            sb.append(upper ? (char) (c + ('a' - 'A')) : c);
        }
        return sb == null ? "" : sb.toString();
    }
}
