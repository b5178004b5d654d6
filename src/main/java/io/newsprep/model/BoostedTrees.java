package io.newsprep.model;

import java.util.List;

/**
 * Gradient-boosted regression trees that add to the second stage's log-odds: the linear stage scores every
 * feature bin on its own, the trees add what depends on two or three features together. Every tree is complete
 * to {@code depth}: internal node i has children 2i+1 and 2i+2, a row goes left when its feature value is below
 * the node's threshold, and a node without a split (feature -1) sends every row left.
 *
 * @param depth      levels of internal nodes per tree
 * @param features   per tree, per internal node: the feature index, or -1
 * @param thresholds per tree, per internal node: the threshold
 * @param leaves     per tree: the {@code 2^depth} leaf values, added to the score
 */
public record BoostedTrees(int depth, int[][] features, float[][] thresholds, float[][] leaves) {

    public static final BoostedTrees NONE = new BoostedTrees(0, new int[0][], new float[0][], new float[0][]);

    public BoostedTrees {
        int internal = (1 << depth) - 1;
        for (int t = 0; t < features.length; t++) {
            if (features[t].length != internal || thresholds[t].length != internal || leaves[t].length != internal + 1) {
                throw new IllegalArgumentException("tree " + t + " is not a complete tree of depth " + depth);
            }
        }
    }

    public int count() {
        return features.length;
    }

    /** The first {@code count} trees (boosting adds each tree to the ones before it, so these are a model too). */
    public BoostedTrees first(int count) {
        int n = Math.min(count, features.length);
        return new BoostedTrees(depth, java.util.Arrays.copyOf(features, n), java.util.Arrays.copyOf(thresholds, n),
                java.util.Arrays.copyOf(leaves, n));
    }

    /** Checks that every split names one of the stage's features. */
    void checkFeatures(List<String> names) {
        for (int[] tree : features) {
            for (int f : tree) {
                if (f >= names.size()) {
                    throw new IllegalArgumentException("a tree splits on feature " + f + " of " + names.size());
                }
            }
        }
    }

    public double score(float[] row) {
        double s = 0;
        int internal = (1 << depth) - 1;
        for (int t = 0; t < features.length; t++) {
            int[] f = features[t];
            float[] th = thresholds[t];
            int node = 0;
            while (node < internal) {
                node = f[node] < 0 || row[f[node]] < th[node] ? 2 * node + 1 : 2 * node + 2;
            }
            s += leaves[t][node - internal];
        }
        return s;
    }
}
