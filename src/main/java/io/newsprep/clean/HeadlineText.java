package io.newsprep.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Comparable forms of short texts: headlines, page titles, URL slugs. */
public final class HeadlineText {

    private HeadlineText() {
    }

    /** NFKC, lower case, every run of characters that are not letters, digits or marks as one space, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String ascii = asciiNormalised(text);
        if (ascii != null) {
            return ascii;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /**
     * {@link #normalise} of a text that is all ASCII, where NFKC changes nothing and letters and digits are
     * {@code [A-Za-z0-9]}, without the normaliser; null when the text has any other character.
     */
    private static String asciiNormalised(String text) {
        int n = text.length();
        StringBuilder sb = null;
        boolean space = true;
        int end = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letterOrDigit = true;
            }
            if (letterOrDigit) {
                sb.append(c);
                space = false;
                end = sb.length();
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb == null ? "" : sb.substring(0, end);
    }

    private static final java.util.regex.Pattern SITE_SEPARATOR =
            java.util.regex.Pattern.compile("\\s+(?:\\||-|–|—|::|»|«)\\s+");

    /**
     * A page title without the site name: split at " | ", " - ", " – ", " — ", " :: ", " » ", " « ", the longest
     * part (the first of equally long ones); the title itself when it has no separator.
     */
    /** The title up to its last site separator ({@code Headline – Subtitle | Site}: {@code Headline – Subtitle}). */
    public static String withoutLastPart(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = SITE_SEPARATOR.matcher(title.strip());
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last <= 0 ? title.strip() : title.strip().substring(0, last).strip();
    }

    public static String withoutSiteName(String title) {
        if (title == null) {
            return null;
        }
        String best = null;
        for (String part : SITE_SEPARATOR.split(title.strip())) {
            if (best == null || part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best == null || best.isEmpty() ? title.strip() : best;
    }

    /** The words of the normalised text; a run of Han or Kana characters gives one word per character. */
    public static List<String> words(String text) {
        return wordsOfForm(normalise(text));
    }

    /** {@link #words} of a text already normalised ({@link #normalise}). */
    static List<String> wordsOfForm(String form) {
        List<String> out = new ArrayList<>();
        eachWord(form, (start, end) -> {
            if (ideographic(form.codePointAt(start))) {
                for (int i = start; i < end; ) {
                    int cp = form.codePointAt(i);
                    out.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                }
            } else {
                out.add(form.substring(start, end));
            }
        });
        return out;
    }

    /** {@code wordsOfForm(form).size()}, without making the words. */
    static int wordCountOfForm(String form) {
        int[] count = {0};
        eachWord(form, (start, end) ->
                count[0] += ideographic(form.codePointAt(start)) ? form.codePointCount(start, end) : 1);
        return count[0];
    }

    private interface WordSpan {
        void accept(int start, int end);
    }

    /** The non-empty spans between single spaces, as {@code form.split(" ")} gives them, read with one scan. */
    private static void eachWord(String form, WordSpan span) {
        int n = form.length();
        int start = 0;
        while (start <= n) {
            int end = form.indexOf(' ', start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                span.accept(start, end);
            }
            start = end + 1;
        }
    }

    static boolean ideographic(int cp) {
        if (cp < 0x0E00) {
            return false; // below Thai, the first of these scripts
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
