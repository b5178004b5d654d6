package io.newsprep.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The form under which a line is counted across a publisher's pages: case folded, spaces collapsed, numbers,
 * month and weekday names masked, so that "Updated 12:30, 3 March 2024" and "Updated 09:15, 4 April 2024"
 * are the same line. Only short lines have a shape: long sentences are rarely chrome and would fill the counts.
 * Every line of every page goes through here twice (counting, then cleaning), so it is one hand-written pass.
 * Its words are {@link Words#shapeChar} runs; the month and weekday names are the data files
 * {@value #MONTHS_RESOURCE} and {@value #WEEKDAYS_RESOURCE}. (Phrase lists look lines up under another form,
 * {@link LineKey}, which masks nothing.)
 */
public final class LineShape {

    public static final int MAX_WORDS = 20;
    /** For scripts written without spaces, where a whole line is one "word". */
    public static final int MAX_CHARS = 160;

    static final String MONTHS_RESOURCE = "/text/shape-months.tsv";
    public static final String WEEKDAYS_RESOURCE = "/text/shape-weekdays.tsv";
    private static final Set<String> MONTHS = Set.copyOf(ResourceTable.firstColumn(MONTHS_RESOURCE));
    private static final Set<String> WEEKDAYS = Set.copyOf(ResourceTable.firstColumn(WEEKDAYS_RESOURCE));
    private static final List<String> NAMES = Stream.concat(MONTHS.stream(), WEEKDAYS.stream()).toList();
    private static final int SHORTEST_NAME = NAMES.stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST_NAME = NAMES.stream().mapToInt(String::length).max().orElse(0);
    /** The first three letters of the names, as {@link #prefixKey}s: most words are ruled out without a copy. */
    private static final int[] NAME_PREFIXES = NAMES.stream().mapToInt(LineShape::namePrefix).distinct().sorted().toArray();

    private LineShape() {
    }

    /** The line's shape, or null when it is not counted: blank, without letters, or too long. */
    public static String of(String line) {
        if (line == null || line.length() > MAX_CHARS * 4) {
            return null;
        }
        String s = collapsed(line);
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            if (!Words.shapeChar(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int end = i;
            boolean lettersOnly = true;
            while (end < s.length() && Words.shapeChar(s.charAt(end))) {
                lettersOnly &= Character.isLetter(s.charAt(end));
                end++;
            }
            String mask = lettersOnly ? nameMask(s, i, end) : null;
            if (mask != null) {
                out.append(mask);
                if (end < s.length() && s.charAt(end) == '.') {
                    end++;
                }
            } else {
                appendWithNumbersMasked(s, i, end, out);
            }
            i = end;
        }
        return out.toString();
    }

    /** Lower case with white space runs as one space; null when blank, too long, letterless or too many words. */
    private static String collapsed(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        boolean letter = false;
        int words = 1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                if (++words > MAX_WORDS) {
                    return null;
                }
                space = false;
            }
            if (b.length() >= MAX_CHARS) {
                return null;
            }
            letter |= Character.isLetter(c);
            b.append(Character.toLowerCase(c));
        }
        if (b.length() == 0 || !letter) {
            return null;
        }
        return b.toString();
    }

    /** "<month>" or "<day>" when s[start, end) names a month or weekday, else null. */
    private static String nameMask(String s, int start, int end) {
        int length = end - start;
        if (length < SHORTEST_NAME || length > LONGEST_NAME
                || Arrays.binarySearch(NAME_PREFIXES, prefixKey(s, start)) < 0) {
            return null;
        }
        String word = s.substring(start, end);
        return MONTHS.contains(word) ? "<month>" : WEEKDAYS.contains(word) ? "<day>" : null;
    }

    private static int namePrefix(String name) {
        if (name.length() < 3) {
            throw new IllegalStateException("month and weekday names need three letters or more: " + name);
        }
        return prefixKey(name, 0);
    }

    /** The first three characters folded into an int; a collision only lets a word through to the exact lookup. */
    private static int prefixKey(String s, int start) {
        return s.charAt(start) << 22 ^ s.charAt(start + 1) << 11 ^ s.charAt(start + 2);
    }

    private static void appendWithNumbersMasked(String s, int start, int end, StringBuilder out) {
        boolean inNumber = false;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (Character.isDigit(c)) {
                if (!inNumber) {
                    out.append('0');
                    inNumber = true;
                }
            } else {
                out.append(c);
                inNumber = false;
            }
        }
    }
}
