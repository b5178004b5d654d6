package io.newsprep.train;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Bin edges for one feature from the values it takes in the training rows: a bin per distinct value when there
 * are few, else edges at the quantiles.
 */
final class QuantileEdges {

    static final int BINS = 16;
    /** At most this many values (taken at an even stride) make the quantiles. */
    private static final int SAMPLE = 200_000;

    private QuantileEdges() {
    }

    /** @param rows feature rows of all pages; {@code feature} picks the column */
    static float[] of(Iterable<float[][]> rows, int total, int feature) {
        int stride = Math.max(1, total / SAMPLE);
        float[] values = new float[Math.min(total, total / stride + 1)];
        int count = 0;
        int seen = 0;
        for (float[][] page : rows) {
            for (float[] row : page) {
                if (seen++ % stride == 0 && count < values.length) {
                    values[count++] = row[feature];
                }
            }
        }
        float[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        TreeSet<Float> distinct = new TreeSet<>();
        for (float v : sorted) {
            distinct.add(v);
            if (distinct.size() > BINS) {
                break;
            }
        }
        TreeSet<Float> edges = new TreeSet<>();
        if (distinct.size() <= BINS) {
            edges.addAll(distinct);
            edges.pollFirst();
        } else {
            for (int q = 1; q < BINS; q++) {
                edges.add(sorted[(int) ((long) q * sorted.length / BINS)]);
            }
            edges.remove(sorted[0]);
        }
        float[] out = new float[edges.size()];
        int i = 0;
        for (float e : edges) {
            out[i++] = e;
        }
        return out;
    }
}
