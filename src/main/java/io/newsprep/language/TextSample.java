package io.newsprep.language;

/**
 * A bounded sample of a text for language detection, made of its prose lines: lines with at least
 * {@value #PROSE_LETTERS} letters that are mostly letters, written in the script most of the prose is in.
 * Menus, buttons, rules drawn with box characters and lists of numbers stay out, since they mislead the model
 * (a page of "━━━" lines reads as Khmer to it), and so do a site's cookie notice and headline lists in another
 * script than the article (Russian chrome around a Turkish article reads as Kyrgyz). Falls back to every line
 * with letters when the text has little prose.
 */
final class TextSample {

    static final int MAX_CHARS = 1200;
    static final int PROSE_LETTERS = 25;
    private static final int MIN_SAMPLE = 200;
    /** Letters of prose read to find the main script; enough to outweigh a page's chrome. */
    private static final int SCRIPT_EVIDENCE_LETTERS = 8 * MAX_CHARS;
    private static final int ANY_SCRIPT = -1;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private TextSample() {
    }

    static String of(String text) {
        StringBuilder sample = new StringBuilder(Math.min(text.length(), MAX_CHARS + 200));
        int script = mainScript(text);
        appendLines(text, sample, true, script);
        if (sample.length() < MIN_SAMPLE && script != ANY_SCRIPT) {
            sample.setLength(0);
            appendLines(text, sample, true, ANY_SCRIPT);
        }
        if (sample.length() < MIN_SAMPLE) {
            sample.setLength(0);
            appendLines(text, sample, false, ANY_SCRIPT);
        }
        return sample.toString();
    }

    /** The script (a {@link #group}) with the most letters in the prose lines, or {@link #ANY_SCRIPT} without prose. */
    private static int mainScript(String text) {
        int[] letters = new int[SCRIPTS.length];
        int seen = 0;
        int start = 0;
        int n = text.length();
        while (start < n && seen < SCRIPT_EVIDENCE_LETTERS) {
            int end = lineEnd(text, start);
            if (prose(text, start, end)) {
                for (int i = start; i < end; ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (Character.isLetter(cp)) {
                        letters[group(cp)]++;
                        seen++;
                    }
                }
            }
            start = end + 1;
        }
        int best = ANY_SCRIPT;
        for (int s = 0; s < letters.length; s++) {
            if (letters[s] > 0 && (best == ANY_SCRIPT || letters[s] > letters[best])) {
                best = s;
            }
        }
        return best;
    }

    /** A letter's script, with kana counted as Han: Japanese prose mixes the three. */
    private static int group(int cp) {
        if (cp < 0x80) {
            return Character.UnicodeScript.LATIN.ordinal();
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                ? Character.UnicodeScript.HAN.ordinal() : s.ordinal();
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    private static boolean prose(String text, int start, int end) {
        int letters = 0;
        int chars = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (letterOrMark(c)) {
                letters++;
            }
            if (!Character.isWhitespace(c)) {
                chars++;
            }
        }
        return letters >= PROSE_LETTERS && letters * 10 >= chars * 6;
    }

    /** Vowel signs count as letters: in Indic scripts they are a good part of every word. */
    private static boolean letterOrMark(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether at least half the line's letters are in the script. */
    private static boolean inScript(String text, int start, int end, int script) {
        int letters = 0;
        int inScript = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                inScript += group(cp) == script ? 1 : 0;
            }
        }
        return inScript * 2 >= letters;
    }

    private static void appendLines(String text, StringBuilder sample, boolean proseOnly, int script) {
        int start = 0;
        int n = text.length();
        while (start < n && sample.length() < MAX_CHARS) {
            int end = lineEnd(text, start);
            boolean take = proseOnly ? prose(text, start, end) && (script == ANY_SCRIPT || inScript(text, start, end, script))
                    : hasLetter(text, start, end);
            if (take) {
                sample.append(text, start, Math.min(end, start + MAX_CHARS - sample.length())).append('\n');
            }
            start = end + 1;
        }
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
