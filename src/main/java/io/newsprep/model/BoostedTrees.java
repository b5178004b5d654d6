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

    /**
     * The same trees as complete trees of a greater {@code depth}: below each old leaf, nodes without a split send
     * every row left, to a leaf of the old value. Every row scores exactly as before.
     */
    public BoostedTrees deepened(int deeper) {
        if (deeper < depth) {
            throw new IllegalArgumentException("cannot deepen trees of depth " + depth + " to " + deeper);
        }
        if (deeper == depth) {
            return this;
        }
        int oldInternal = (1 << depth) - 1;
        int internal = (1 << deeper) - 1;
        int extra = deeper - depth;
        int n = features.length;
        int[][] f = new int[n][];
        float[][] th = new float[n][];
        float[][] lv = new float[n][];
        for (int t = 0; t < n; t++) {
            f[t] = new int[internal];
            th[t] = new float[internal];
            lv[t] = new float[internal + 1];
            java.util.Arrays.fill(f[t], -1);
            System.arraycopy(features[t], 0, f[t], 0, oldInternal);
            System.arraycopy(thresholds[t], 0, th[t], 0, oldInternal);
            for (int leaf = 0; leaf <= oldInternal; leaf++) {
                int node = oldInternal + leaf;
                for (int k = 0; k < extra; k++) {
                    node = 2 * node + 1;
                }
                lv[t][node - internal] = leaves[t][leaf];
            }
        }
        return new BoostedTrees(deeper, f, th, lv);
    }

    /**
     * One set of trees whose score is {@code (1 - weight)} times this one's plus {@code weight} times the other's:
     * the mean of two models' log-odds on the same linear stage, when both are fitted on it. The shallower trees are
     * {@link #deepened} to the deeper ones' depth, and every leaf value is scaled by its model's weight.
     */
    public BoostedTrees blend(BoostedTrees other, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("a blend's weight lies in [0, 1]: " + weight);
        }
        int deeper = Math.max(depth, other.depth);
        BoostedTrees a = deepened(deeper);
        BoostedTrees b = other.deepened(deeper);
        int n = a.count() + b.count();
        int[][] f = new int[n][];
        float[][] th = new float[n][];
        float[][] lv = new float[n][];
        for (int t = 0; t < n; t++) {
            BoostedTrees from = t < a.count() ? a : b;
            int i = t < a.count() ? t : t - a.count();
            double scale = t < a.count() ? 1 - weight : weight;
            f[t] = from.features[i].clone();
            th[t] = from.thresholds[i].clone();
            lv[t] = new float[from.leaves[i].length];
            for (int l = 0; l < lv[t].length; l++) {
                lv[t][l] = (float) (from.leaves[i][l] * scale);
            }
        }
        return new BoostedTrees(deeper, f, th, lv);
    }

    /** The same trees with every leaf value scaled by {@code a}: their score times {@code a}. */
    public BoostedTrees scaled(double a) {
        float[][] lv = new float[leaves.length][];
        for (int t = 0; t < leaves.length; t++) {
            lv[t] = new float[leaves[t].length];
            for (int l = 0; l < lv[t].length; l++) {
                lv[t][l] = (float) (leaves[t][l] * a);
            }
        }
        return new BoostedTrees(depth, features, thresholds, lv);
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
