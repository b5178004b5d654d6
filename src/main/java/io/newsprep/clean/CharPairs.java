package io.newsprep.clean;

/**
 * The characters and pairs of adjacent characters of a text, hashed into a small bit set. A line that lacks
 * one of a literal's characters or pairs cannot contain the literal, which rules out most literals without
 * searching the line for them.
 */
final class CharPairs {

    private static final int WORDS = 16;
    private static final int MASK = WORDS * 64 - 1;

    private final long[] bits = new long[WORDS];

    private CharPairs() {
    }

    static CharPairs of(String text) {
        CharPairs pairs = new CharPairs();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            pairs.set(single(c));
            if (i > 0) {
                pairs.set(pair(text.charAt(i - 1), c));
            }
        }
        return pairs;
    }

    /**
     * The bits to test for a text: its pairs of adjacent characters, which are rarer than its characters and which
     * a line containing the text has as well; a single character stands for itself.
     */
    static int[] bitsOf(String text) {
        if (text.length() < 2) {
            return text.isEmpty() ? new int[0] : new int[] {single(text.charAt(0))};
        }
        int[] out = new int[text.length() - 1];
        for (int i = 1; i < text.length(); i++) {
            out[i - 1] = pair(text.charAt(i - 1), text.charAt(i));
        }
        return out;
    }

    private void set(int bit) {
        bits[bit >>> 6] |= 1L << bit;
    }

    /** Whether the text these pairs come from may contain a text whose {@link #bitsOf bits} are given. */
    boolean mayContain(int[] textBits) {
        for (int bit : textBits) {
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int single(char c) {
        return (c * 0x9E3779B1 >>> 20) & MASK;
    }

    private static int pair(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B1 >>> 20) & MASK;
    }
}
