package io.newsprep.article;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts words the way readers do: runs of letters or digits, except that each Han or Kana character counts as
 * one word, since those scripts do not separate words with spaces, and that a run of Thai is split into its words
 * with the Thai dictionary of the Java runtime (a Thai word is several characters, vowel and tone marks among them).
 */
public final class WordCounter {

    /** Thai starts here; Han and Kana come later. Everything below is spaced. */
    private static final int FIRST_UNSPACED = 0x0E00;
    private static final Locale THAI = Locale.forLanguageTag("th");

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
            if (cp >= FIRST_UNSPACED && Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI) {
                int end = thaiRunEnd(text, i);
                words += thaiWords(text.substring(i, end));
                inWord = false;
                i = end;
                continue;
            }
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

    private static int thaiRunEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.THAI) {
            i++;
        }
        return i;
    }

    /** The words of a run of Thai letters and marks; the dictionary leaves a word it does not know in one piece. */
    private static int thaiWords(String run) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(run);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            count++;
        }
        return count;
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
                || s == Character.UnicodeScript.KATAKANA;
    }
}
