package io.newsprep.model;

import java.util.Arrays;
import java.util.List;

/**
 * Logistic regression over quantile bins: every feature's value falls into one bin, every bin has a weight,
 * and the line's score is the bias plus the weights of its bins.
 *
 * @param names   the features, in row order
 * @param edges   per feature: ascending upper edges of its bins (a value v falls into the bin of the first edge
 *                greater than v, or the last bin)
 * @param weights per feature: one weight per bin ({@code edges.length + 1})
 */
public record BinnedLinearStage(List<String> names, float[][] edges, float[][] weights, float bias) {

    public BinnedLinearStage {
        names = List.copyOf(names);
        if (edges.length != names.size() || weights.length != names.size()) {
            throw new IllegalArgumentException("a stage needs edges and weights for each of its " + names.size() + " features");
        }
        for (int f = 0; f < edges.length; f++) {
            if (weights[f].length != edges[f].length + 1) {
                throw new IllegalArgumentException("feature " + names.get(f) + " has " + weights[f].length
                        + " weights for " + (edges[f].length + 1) + " bins");
            }
        }
    }

    /**
     * The stage whose score is {@code a} times this one's plus {@code b}: every weight scaled, the bias scaled and
     * moved (a linear map of the log-odds, as a calibration stores it in the model file).
     */
    public BinnedLinearStage mapped(double a, double b) {
        float[][] w = new float[weights.length][];
        for (int f = 0; f < weights.length; f++) {
            w[f] = new float[weights[f].length];
            for (int i = 0; i < w[f].length; i++) {
                w[f][i] = (float) (weights[f][i] * a);
            }
        }
        return new BinnedLinearStage(names, edges, w, (float) (bias * a + b));
    }

    public static int bin(float[] edges, float value) {
        if (value == value) {
            return binOfNumber(edges, value);
        }
        int i = Arrays.binarySearch(edges, value);
        // equal to an edge: the bin above it (edges are exclusive upper bounds)
        return i >= 0 ? upperEqual(edges, i) : -i - 1;
    }

    /**
     * {@link #bin} of a value that is not NaN in one binary search: the first edge above the value in
     * {@link Float#compare} order, then past the edges {@code ==} to it (0.0 after -0.0), as the search for an
     * equal edge followed by {@link #upperEqual} gives, without stepping through a long run of equal edges.
     */
    private static int binOfNumber(float[] edges, float value) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Float.compare(edges[mid], value) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Float.compare(edges[lo - 1], value) == 0) {
            while (lo < edges.length && edges[lo] == value) {
                lo++;
            }
        }
        return lo;
    }

    private static int upperEqual(float[] edges, int i) {
        int j = i;
        while (j < edges.length && edges[j] == edges[i]) {
            j++;
        }
        return j;
    }

    public int bin(int feature, float value) {
        return bin(edges[feature], value);
    }

    /** The bias plus the weights of the row's bins. */
    public double score(float[] row) {
        double s = bias;
        for (int f = 0; f < row.length; f++) {
            s += weights[f][bin(edges[f], row[f])];
        }
        return s;
    }

    /**
     * {@link #score} of every row. Neighbouring lines often share a feature's value (flags, counts, the -1 of a
     * missing neighbour), so each feature remembers the last value it binned and its bin, and searches the edges
     * only when the value's bits change; the sums are added in the same order as {@link #score}.
     */
    public double[] scores(float[][] rows) {
        int features = edges.length;
        int[] lastBits = new int[features];
        int[] lastBin = new int[features];
        boolean[] searched = new boolean[features];
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            float[] row = rows[i];
            double s = bias;
            for (int f = 0; f < row.length; f++) {
                float value = row[f];
                int bits = Float.floatToRawIntBits(value);
                int b;
                if (searched[f] && lastBits[f] == bits) {
                    b = lastBin[f];
                } else {
                    b = bin(edges[f], value);
                    lastBits[f] = bits;
                    lastBin[f] = b;
                    searched[f] = true;
                }
                s += weights[f][b];
            }
            out[i] = s;
        }
        return out;
    }

    public double probability(float[] row) {
        return sigmoid(score(row));
    }

    public static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    /** The weight of the bin the value falls into. */
    public double weight(int feature, float value) {
        return weights[feature][bin(edges[feature], value)];
    }

    /**
     * The {@code count} features whose bins weigh most in the row's score, heaviest first: in either direction
     * ({@code direction} 0), or only those that raise it (positive) or lower it (negative); fewer when fewer do.
     */
    public int[] strongestFeatures(float[] row, int count, int direction) {
        int[] out = new int[Math.min(count, row.length)];
        double[] heaviest = new double[out.length];
        Arrays.fill(heaviest, -1);
        int found = 0;
        for (int f = 0; f < row.length; f++) {
            double signed = weight(f, row[f]);
            if (direction != 0 && Math.signum(signed) != Math.signum(direction)) {
                continue;
            }
            double w = Math.abs(signed);
            // ties keep the earlier feature first
            int k = out.length;
            while (k > 0 && w > heaviest[k - 1]) {
                k--;
            }
            if (k < out.length) {
                System.arraycopy(out, k, out, k + 1, out.length - k - 1);
                System.arraycopy(heaviest, k, heaviest, k + 1, out.length - k - 1);
                out[k] = f;
                heaviest[k] = w;
                found = Math.min(out.length, found + 1);
            }
        }
        return Arrays.copyOf(out, found);
    }

    /** The features whose bins weigh most in the row's score, in either direction, with their values and weights. */
    public String strongest(float[] row, int count) {
        StringBuilder sb = new StringBuilder();
        for (int f : strongestFeatures(row, count, 0)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(names.get(f)).append('=').append(String.format(java.util.Locale.ROOT, "%.2f", row[f]))
                    .append(String.format(java.util.Locale.ROOT, "(%+.2f)", weight(f, row[f])));
        }
        return sb.toString();
    }
}
