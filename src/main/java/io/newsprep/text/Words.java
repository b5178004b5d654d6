package io.newsprep.text;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a word is. The line classifier's word ({@link #start}, {@link #end}, {@link #scan}) is a run of letters,
 * digits and underscores with an apostrophe inside it kept ("it's", "naïve’s"); vowel signs and other combining
 * marks belong to the word they follow, and so do the zero-width joiner and non-joiner inside a word (Persian
 * writes many words with a non-joiner in them), so that the words of Indic and Arabic-script text come out whole,
 * as the stop-word lists spell them. Three other definitions differ
 * from it on purpose, and live here beside it:
 * <ul>
 *   <li>{@link #count}, the article's word count as readers count: runs of letters or digits (no underscore, no
 *       apostrophe, combining marks stay inside the word), and each character of a script written without spaces
 *       ({@link Script#isUnspaced}) one word, except Thai, split into its words with the Thai dictionary of the
 *       Java runtime (a Thai word is several characters, vowel and tone marks among them);</li>
 *   <li>{@link #shapeChar}, the word of a {@link LineShape}: letters, digits, underscores and non-spacing marks,
 *       per UTF-16 unit, so that a number inside a word is masked with it;</li>
 *   <li>{@link #METRIC_TOKEN}, the token of the benchmark metric, which must split text as the reference scorer
 *       (Python's {@code \w}) does.</li>
 * </ul>
 * All of them scan without regular expressions except the metric's.
 */
public final class Words {

    /**
     * Python's {@code \w} on str: letters, every numeric category and the underscore. Java's
     * UNICODE_CHARACTER_CLASS {@code \w} would also take combining marks and all connector
     * punctuation, which Python treats as separators.
     */
    public static final Pattern METRIC_TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    @FunctionalInterface
    public interface Visitor {
        void word(String text, int start, int end);
    }

    /** {@link #wordChar} for the ASCII characters, which make up most of most lines. */
    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final Locale THAI = Locale.forLanguageTag("th");

    private Words() {
    }

    /** A vowel sign, virama, nukta or diacritic: part of the letter before it. */
    public static boolean combiningMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    public static boolean wordChar(int cp) {
        return cp < ASCII_WORD_CHARS.length ? ASCII_WORD_CHARS[cp] : Character.isLetterOrDigit(cp);
    }

    private static boolean[] asciiWordChars() {
        boolean[] table = new boolean[0x80];
        for (int c = 0; c < table.length; c++) {
            table[c] = Character.isLetterOrDigit(c) || c == '_';
        }
        return table;
    }

    /** Calls the visitor for every word and returns how many there were. */
    public static int scan(String text, Visitor visitor) {
        int count = 0;
        for (int start = start(text, 0); start < text.length(); start = start(text, start)) {
            int end = end(text, start);
            visitor.word(text, start, end);
            count++;
            start = end;
        }
        return count;
    }

    /** Where the next word begins at or after {@code from}; the text's length when there is none. */
    public static int start(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < ASCII_WORD_CHARS.length) {
                if (ASCII_WORD_CHARS[c]) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (wordChar(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Where the word that begins at {@code start} ends. */
    public static int end(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < ASCII_WORD_CHARS.length && ASCII_WORD_CHARS[c]) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (wordChar(cp) || combiningMark(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '’' || cp == ZERO_WIDTH_NON_JOINER || cp == ZERO_WIDTH_JOINER)
                    && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** A word as stop-word lists spell it: lower case, straight apostrophe. */
    public static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Whether the UTF-16 unit belongs to a word of a {@link LineShape}. */
    public static boolean shapeChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The article's word count, the way readers count words (see the class comment). */
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
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI) {
                int end = thaiRunEnd(text, i);
                words += thaiWords(text.substring(i, end));
                inWord = false;
                i = end;
                continue;
            }
            i += Character.charCount(cp);
            if (Script.isUnspaced(cp)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && joinsWord(cp))) {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean joinsWord(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
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
}
