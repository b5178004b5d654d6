package io.newsprep.clean;

import java.util.Map;

/**
 * An open-addressing table from stop words to their language masks, looked up by a word's place in a line:
 * the word is lower-cased (and its typographic apostrophe straightened) character by character while it is
 * hashed and compared, so no string is made for it.
 */
final class WordMasks {

    /**
     * Returned for words with a capital sigma or a dotted capital I: their lower case depends on the letters
     * around them or is longer, so only {@link String#toLowerCase} gets it right.
     */
    static final int CONTEXT_DEPENDENT = -1;

    private final String[] keys;
    private final int[] hashes;
    private final int[] masks;
    private final int longestKey;

    WordMasks(Map<String, Integer> masksByWord) {
        int capacity = Integer.highestOneBit(Math.max(4, masksByWord.size() * 3)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        masks = new int[capacity];
        int longest = 0;
        for (Map.Entry<String, Integer> e : masksByWord.entrySet()) {
            String key = e.getKey();
            int slot = slot(key.hashCode());
            while (keys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            hashes[slot] = key.hashCode();
            masks[slot] = e.getValue();
            longest = Math.max(longest, key.length());
        }
        longestKey = longest;
    }

    /** The mask of the normalised word text[start, end), 0 when it is no key, or {@link #CONTEXT_DEPENDENT}. */
    int get(String text, int start, int end) {
        // lower-casing never more than halves a word's length in UTF-16 units
        if (end - start > 2 * longestKey) {
            return 0;
        }
        int hash = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\u03A3' || cp == '\u0130') {
                return CONTEXT_DEPENDENT;
            }
            int lower = normalised(cp);
            if (Character.isBmpCodePoint(lower)) {
                hash = 31 * hash + lower;
            } else {
                hash = 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
            }
        }
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (hashes[slot] == hash && sameWord(keys[slot], text, start, end)) {
                return masks[slot];
            }
        }
        return 0;
    }

    /**
     * As {@link #get}, for a word of a line already in lower case ({@link String#toLowerCase} with
     * {@link java.util.Locale#ROOT}, which for a line without a capital sigma or dotted capital I lowers each
     * character on its own): only the apostrophe is left to straighten.
     */
    int getLowerCase(String lowerCaseLine, int start, int end) {
        if (end - start > longestKey) {
            return 0;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + straight(lowerCaseLine.charAt(i));
        }
        for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
            if (hashes[slot] == hash && sameLowerCaseWord(keys[slot], lowerCaseLine, start, end)) {
                return masks[slot];
            }
        }
        return 0;
    }

    private static char straight(char c) {
        return c == '’' ? '\'' : c;
    }

    private static boolean sameLowerCaseWord(String key, String lowerCaseLine, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key.charAt(i - start) != straight(lowerCaseLine.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int normalised(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        }
        int lower = Character.toLowerCase(cp);
        return lower == '’' ? '\'' : lower;
    }

    private static boolean sameWord(String key, String text, int start, int end) {
        int k = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int lower = normalised(cp);
            if (Character.isBmpCodePoint(lower)) {
                if (k >= key.length() || key.charAt(k++) != lower) {
                    return false;
                }
            } else if (k + 1 >= key.length() || key.charAt(k++) != Character.highSurrogate(lower)
                    || key.charAt(k++) != Character.lowSurrogate(lower)) {
                return false;
            }
        }
        return k == key.length();
    }

    private int slot(int hash) {
        int h = hash ^ (hash >>> 16);
        return h & (keys.length - 1);
    }
}
