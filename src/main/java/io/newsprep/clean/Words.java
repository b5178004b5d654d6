package io.newsprep.clean;

/**
 * Splits text into words (letters, digits, underscore; an apostrophe inside a word is kept) without regex. Vowel
 * signs and other combining marks belong to the word they follow, and so do the zero-width joiner and non-joiner
 * inside a word (Persian writes many words with a non-joiner in them): the words of Indic and Arabic-script text
 * come out whole, as the stop-word lists spell them.
 */
final class Words {

    @FunctionalInterface
    interface Visitor {
        void word(String text, int start, int end);
    }

    /** {@link #wordChar} for the ASCII characters, which make up most of most lines. */
    private static final boolean[] ASCII_WORD_CHARS = asciiWordChars();

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Words() {
    }

    /** A vowel sign, virama, nukta or diacritic: part of the letter before it. */
    static boolean combiningMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean wordChar(int cp) {
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
    static int scan(String text, Visitor visitor) {
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
    static int start(String text, int from) {
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
    static int end(String text, int start) {
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
}
