package io.newsprep.tag;

/**
 * A bounded sample of a text for language detection, made of its prose lines: lines with at least
 * {@value #PROSE_LETTERS} letters that are mostly letters. Menus, buttons, rules drawn with box
 * characters and lists of numbers stay out, since they mislead the model (a page of "━━━" lines
 * reads as Khmer to it). Falls back to every line with letters when the text has little prose.
 */
final class TextSample {

    static final int MAX_CHARS = 1200;
    static final int PROSE_LETTERS = 25;
    private static final int MIN_SAMPLE = 200;

    private TextSample() {
    }

    static String of(String text) {
        StringBuilder sample = new StringBuilder(Math.min(text.length(), MAX_CHARS + 200));
        appendLines(text, sample, true);
        if (sample.length() < MIN_SAMPLE) {
            sample.setLength(0);
            appendLines(text, sample, false);
        }
        return sample.toString();
    }

    private static void appendLines(String text, StringBuilder sample, boolean proseOnly) {
        int start = 0;
        int n = text.length();
        while (start < n && sample.length() < MAX_CHARS) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int letters = 0;
            int chars = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                }
                if (!Character.isWhitespace(c)) {
                    chars++;
                }
            }
            boolean take = proseOnly ? letters >= PROSE_LETTERS && letters * 10 >= chars * 6 : letters > 0;
            if (take) {
                sample.append(text, start, Math.min(end, start + MAX_CHARS - sample.length())).append('\n');
            }
            start = end + 1;
        }
    }
}
