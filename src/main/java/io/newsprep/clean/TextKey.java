package io.newsprep.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** The form under which a line is looked up in phrase lists: lower case, no list bullet, no surrounding punctuation. */
final class TextKey {

    private static final Pattern BULLET = Pattern.compile("^(?:[*•·◦▪►▶>+]|[-–—](?=\\s)|o(?=\\s))\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EDGE_PUNCTUATION = ".:;,!?|»«›‹<>()[]{}\"'“”‘’…·•*-–—/\\#";

    private TextKey() {
    }

    static String of(String line) {
        String s = BULLET.matcher(line.strip()).replaceFirst("");
        s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
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
}
