package io.newsprep.tag;

/**
 * A bounded sample of a text for language detection: the longer lines first (article prose rather
 * than menus and buttons), up to a fixed number of characters.
 */
final class TextSample {

    static final int MAX_CHARS = 2500;
    private static final int LONG_LINE = 60;

    private TextSample() {
    }

    static String of(String text) {
        StringBuilder sample = new StringBuilder(Math.min(text.length(), MAX_CHARS + 200));
        appendLines(text, sample, true);
        if (sample.length() < 200) {
            sample.setLength(0);
            appendLines(text, sample, false);
        }
        return sample.toString();
    }

    private static void appendLines(String text, StringBuilder sample, boolean longOnly) {
        int start = 0;
        int n = text.length();
        while (start < n && sample.length() < MAX_CHARS) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int len = end - start;
            if (!longOnly || len >= LONG_LINE) {
                sample.append(text, start, Math.min(end, start + MAX_CHARS - sample.length())).append('\n');
            }
            start = end + 1;
        }
    }
}
