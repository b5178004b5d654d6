package io.newsprep.clean;

/** Splits text into words (letters, digits, underscore; an apostrophe inside a word is kept) without regex. */
final class Words {

    @FunctionalInterface
    interface Visitor {
        void word(String text, int start, int end);
    }

    private Words() {
    }

    static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }

    /** Calls the visitor for every word and returns how many there were. */
    static int scan(String text, Visitor visitor) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (wordChar(cp)) {
                    i += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '’') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            visitor.word(text, start, i);
            count++;
        }
        return count;
    }
}
