package io.newsprep.memory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which a line is counted across a publisher's pages: case folded, spaces collapsed, numbers,
 * month and weekday names masked, so that "Updated 12:30, 3 March 2024" and "Updated 09:15, 4 April 2024"
 * are the same line. Only short lines have a shape: long sentences are rarely chrome and would fill the counts.
 */
public final class LineShape {

    public static final int MAX_WORDS = 20;
    /** For scripts written without spaces, where a whole line is one "word". */
    public static final int MAX_CHARS = 160;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
    private static final Pattern MONTH = Pattern.compile("(?U)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?");
    private static final Pattern WEEKDAY = Pattern.compile("(?U)\\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
            + "|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b\\.?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private LineShape() {
    }

    /** The line's shape, or null when it is not counted: blank, without letters, or too long. */
    public static String of(String line) {
        if (line == null || line.length() > MAX_CHARS * 4) {
            return null;
        }
        String s = SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (s.isEmpty() || s.length() > MAX_CHARS || !LETTER.matcher(s).find() || words(s) > MAX_WORDS) {
            return null;
        }
        s = NUMBER.matcher(s).replaceAll("0");
        s = MONTH.matcher(s).replaceAll("<month>");
        return WEEKDAY.matcher(s).replaceAll("<day>");
    }

    private static int words(String collapsed) {
        int words = 1;
        for (int i = 0; i < collapsed.length(); i++) {
            if (collapsed.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
