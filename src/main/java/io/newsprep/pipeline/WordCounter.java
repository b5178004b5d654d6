package io.newsprep.pipeline;

/**
 * Counts words the way readers do: runs of letters or digits, except that each Han, Kana or Thai
 * character counts as one word, since those scripts do not separate words with spaces.
 */
public final class WordCounter {

    /** Thai starts here; Han and Kana come later. Everything below is spaced. */
    private static final int FIRST_UNSPACED = 0x0E00;

    private WordCounter() {
    }

    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII: a letter or digit, or a character that ends a word
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    words += inWord ? 0 : 1;
                    inWord = true;
                } else {
                    inWord = false;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspacedScript(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && isWordJoiner(cp))) {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isWordJoiner(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isUnspacedScript(int cp) {
        if (cp < FIRST_UNSPACED) {
            return false; // Latin, Cyrillic, Greek, Arabic, Hebrew...: no script lookup needed
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
