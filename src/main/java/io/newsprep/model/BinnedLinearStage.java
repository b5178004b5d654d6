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

    public static int bin(float[] edges, float value) {
        int i = Arrays.binarySearch(edges, value);
        // equal to an edge: the bin above it (edges are exclusive upper bounds)
        return i >= 0 ? upperEqual(edges, i) : -i - 1;
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

    public double probability(float[] row) {
        return sigmoid(score(row));
    }

    static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    /** The feature whose bin weighs most in the row's score, in either direction, with that weight. */
    public String strongest(float[] row, int count) {
        Integer[] order = new Integer[row.length];
        double[] w = new double[row.length];
        for (int f = 0; f < row.length; f++) {
            order[f] = f;
            w[f] = weights[f][bin(edges[f], row[f])];
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(w[b]), Math.abs(w[a])));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(count, order.length); k++) {
            int f = order[k];
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(names.get(f)).append('=').append(String.format(java.util.Locale.ROOT, "%.2f", row[f]))
                    .append(String.format(java.util.Locale.ROOT, "(%+.2f)", w[f]));
        }
        return sb.toString();
    }
}
