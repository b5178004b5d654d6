package io.newsprep.duplicate;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A body's MinHash signature: for each of {@link MinHasher#VALUES} hash functions, the smallest hash of any of its
 * shingles. The share of positions where two signatures agree estimates the Jaccard similarity of the two bodies'
 * shingle sets. Consecutive positions, {@link #ROWS_PER_BAND} at a time, form the LSH bands: two bodies of
 * similarity s share at least one band with probability 1 - (1 - s^3)^32 (0.986 at s = 0.5, 0.23 at s = 0.2).
 */
public record Signature(int[] values) {

    public static final int ROWS_PER_BAND = 3;

    public Signature {
        if (values.length % ROWS_PER_BAND != 0) {
            throw new IllegalArgumentException("a signature of " + values.length + " values has a partial band");
        }
    }

    /** The estimated Jaccard similarity of the two bodies, 0..1. */
    public double similarity(Signature other) {
        int same = 0;
        int n = Math.min(values.length, other.values.length);
        for (int i = 0; i < n; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return n == 0 ? 0 : (double) same / n;
    }

    /** One key per band; the band's position is part of its key, so equal keys mean the same band agrees. */
    public long[] bandKeys() {
        long[] keys = new long[values.length / ROWS_PER_BAND];
        for (int b = 0; b < keys.length; b++) {
            long h = b + 1;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = Mix.fmix64(h * 31 + (values[b * ROWS_PER_BAND + r] & 0xffffffffL));
            }
            keys[b] = h;
        }
        return keys;
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    public static Signature fromBytes(byte[] bytes) {
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return new Signature(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature" + Arrays.toString(Arrays.copyOf(values, Math.min(4, values.length))) + "...";
    }
}
