package io.newsprep.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form under which a line is looked up in phrase lists: lower case, no list bullet, no surrounding
 * punctuation, white space collapsed. A line of any length has a key. Two other forms of a line differ from it on
 * purpose: the one under which a line is counted across a publisher's pages ({@link LineShape}) also masks
 * numbers, months and weekdays, and only short lines have one; the one under which it goes into an article's
 * fingerprint ({@link #fold}) keeps bullets and punctuation, and masks numbers only.
 */
public final class LineKey {

    private static final Pattern BULLET = Pattern.compile("^(?:[*•·◦▪►▶>+]|[-–—](?=\\s)|o(?=\\s))\\s*");
    private static final String BULLET_START = "*•·◦▪►▶>+-–—o";
    private static final String EDGE_PUNCTUATION = ".:;,!?|»«›‹<>()[]{}\"'“”‘’…·•*-–—/\\#";

    private LineKey() {
    }

    private static String collapseSpaces(String s) {
        StringBuilder sb = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && (Character.isWhitespace(c) || c == '\u00A0');
            if (ws && (space || c != ' ') && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (!ws) {
                    sb.append(c);
                } else if (!space) {
                    sb.append(' ');
                }
            }
            space = ws;
        }
        return sb == null ? s : sb.toString();
    }

    public static String of(String line) {
        return of(line, null);
    }

    /** @param lowerCaseLine the line in lower case ({@link Locale#ROOT}) when the caller has it, else null */
    public static String of(String line, String lowerCaseLine) {
        String s = line.strip();
        boolean whole = s.length() == line.length();
        if (!s.isEmpty() && BULLET_START.indexOf(s.charAt(0)) >= 0) {
            Matcher m = BULLET.matcher(s);
            if (m.lookingAt()) {
                s = s.substring(m.end());
                whole = false;
            }
        }
        s = collapseSpaces(whole && lowerCaseLine != null ? lowerCaseLine : s.toLowerCase(Locale.ROOT));
        int start = 0;
        int end = s.length();
        while (start < end && (EDGE_PUNCTUATION.indexOf(s.charAt(start)) >= 0 || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (EDGE_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Appends the form under which a line goes into an article's fingerprint: runs of ASCII white space (regex
     * {@code \\s}) become one space, runs of decimal digits (any script) one "0", everything else stays.
     */
    public static void fold(String line, StringBuilder out) {
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            char run = runOf(c);
            if (run == 0) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            out.append(run);
            while (i < line.length() && runOf(line.codePointAt(i)) == run) {
                i += Character.charCount(line.codePointAt(i));
            }
        }
    }

    /** ' ' for ASCII white space, '0' for a decimal digit, 0 for anything else. */
    private static char runOf(int c) {
        if (c == ' ' || c >= '\t' && c <= '\r') {
            return ' ';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' : 0;
    }
}
