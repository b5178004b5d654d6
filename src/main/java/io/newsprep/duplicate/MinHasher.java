package io.newsprep.duplicate;

import java.util.SplittableRandom;

/**
 * Makes the MinHash signature of a body. The {@link #VALUES} hash functions are multiply-shift hashes of the
 * shingle's 64-bit hash ({@code (a * x + b) >>> 32}, a odd), with constants drawn from a fixed seed, so that
 * signatures of any run and any machine compare. Stateless and thread-safe.
 */
public final class MinHasher {

    /** Values per signature: 32 bands of {@link Signature#ROWS_PER_BAND}. */
    public static final int VALUES = 96;

    private static final long[] A = new long[VALUES];
    private static final long[] B = new long[VALUES];

    static {
        SplittableRandom random = new SplittableRandom(0x6E657773L);
        for (int i = 0; i < VALUES; i++) {
            A[i] = random.nextLong() | 1L;
            B[i] = random.nextLong();
        }
    }

    private final int minWords;

    /** @param minWords bodies of fewer tokens get no signature: too short to tell a copy from shared chrome */
    public MinHasher(int minWords) {
        this.minWords = Math.max(minWords, BodyShingles.SIZE);
    }

    /** The body's signature, or null when it is too short to be compared. */
    public Signature signature(String body) {
        BodyShingles shingles = BodyShingles.of(body);
        if (shingles.tokens() < minWords || shingles.hashes().length == 0) {
            return null;
        }
        long[] min = new long[VALUES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long x : shingles.hashes()) {
            for (int i = 0; i < VALUES; i++) {
                long v = (A[i] * x + B[i]) >>> 32;
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        int[] values = new int[VALUES];
        for (int i = 0; i < VALUES; i++) {
            values[i] = (int) min[i];
        }
        return new Signature(values);
    }
}
