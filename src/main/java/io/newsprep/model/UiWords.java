package io.newsprep.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words of page chrome listed in {@code /model/ui-words.txt}, and how many of them a line holds. */
public final class UiWords {

    private static final UiWords SHIPPED = load("/model/ui-words.txt");

    /** Bits of the hash table that {@link #count} checks before it makes a word's lower-case copy. */
    private static final int FILTER_BITS = 1 << 14;

    private final Set<String> words;
    /** One bit per listed word's {@link String#hashCode}: a run of ASCII letters whose bit is clear is not listed. */
    private final long[] listedHashes = new long[FILTER_BITS / 64];

    private UiWords(Set<String> words) {
        this.words = words;
        for (String w : words) {
            int bit = w.hashCode() & (FILTER_BITS - 1);
            listedHashes[bit >>> 6] |= 1L << bit;
        }
    }

    /**
     * Whether the run {@code line[start, end)} may be listed: false only for a run of ASCII characters whose lower
     * case (for ASCII, String's lower case is the character's own) hashes to no listed word's bit.
     */
    private boolean mayBeListed(String line, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int bit = hash & (FILTER_BITS - 1);
        return (listedHashes[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The shipped list, shared by the line model and the headline features. */
    public static UiWords shipped() {
        return SHIPPED;
    }

    private static UiWords load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = UiWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UiWords(words);
    }

    /** Whether the word (lower case) is listed. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    // ASCII first: most lines are, and there a letter is [A-Za-z] and nothing is a mark
    private static boolean letter(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean mark(char c) {
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Listed words among the line's runs of letters. */
    int count(String line) {
        int n = 0;
        int i = 0;
        int len = line.length();
        while (i < len) {
            while (i < len && !letter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && (letter(line.charAt(i)) || mark(line.charAt(i)))) {
                i++;
            }
            if (i > start && i - start <= 16 && mayBeListed(line, start, i)
                    && words.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }
}
