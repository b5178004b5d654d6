package io.newsprep.duplicate;

import io.newsprep.text.Script;
import io.newsprep.text.Words;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The shingles of a body as 64-bit hashes: runs of {@value #SIZE} consecutive tokens, where a token is a lower-cased
 * word of a spaced script or one character of a script written without spaces (Han, Kana, Thai, Lao, Khmer,
 * Myanmar), so that unspaced text is compared by character shingles. Punctuation and line breaks are not tokens.
 *
 * @param tokens how many tokens the body has
 * @param hashes the distinct shingle hashes, sorted
 */
public record BodyShingles(int tokens, long[] hashes) {

    /** Tokens per shingle. */
    public static final int SIZE = 4;

    public static BodyShingles of(String body) {
        long[] tokens = tokenHashes(body);
        int n = tokens.length;
        if (n < SIZE) {
            return new BodyShingles(n, new long[0]);
        }
        long[] shingles = new long[n - SIZE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = tokens[i];
            for (int j = 1; j < SIZE; j++) {
                h = h * 0x9E3779B97F4A7C15L + tokens[i + j];
            }
            shingles[i] = Mix.fmix64(h);
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return new BodyShingles(n, Arrays.copyOf(shingles, distinct));
    }

    private static long[] tokenHashes(String body) {
        long[] out = new long[64];
        int count = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int cp = body.codePointAt(i);
            if (Script.isUnspaced(cp) && Character.isLetter(cp)) {
                out = grow(out, count);
                out[count++] = hash(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            } else if (Words.wordChar(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < n) {
                    int next = body.codePointAt(i);
                    if (Script.isUnspaced(next) || !(Words.wordChar(next) || Words.combiningMark(next))) {
                        break;
                    }
                    i += Character.charCount(next);
                }
                out = grow(out, count);
                out[count++] = hash(body.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(cp);
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static long[] grow(long[] array, int used) {
        return used < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    private static long hash(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }
}
