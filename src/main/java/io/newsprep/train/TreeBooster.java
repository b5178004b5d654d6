package io.newsprep.train;

import io.newsprep.model.BoostedTrees;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits {@link BoostedTrees} on top of a linear stage's log-odds (Newton boosting of the logistic loss). Splits are
 * searched only at the stage's bin edges, over per-node histograms of gradient and hessian; each tree looks at a
 * fixed-seed sample of the lines, so the same data always gives the same trees.
 */
final class TreeBooster {

    private static final double LAMBDA = 1.0;
    static final double MIN_HESSIAN = 5.0;
    private static final long SEED = 20_261_206L;

    private final int count;
    private final int depth;
    private final double shrinkage;
    private final double sample;
    private final double minHessian;

    TreeBooster(int count, int depth, double shrinkage, double sample) {
        this(count, depth, shrinkage, sample, MIN_HESSIAN);
    }

    /** @param minHessian the least sum of the loss's curvature on either side of a split */
    TreeBooster(int count, int depth, double shrinkage, double sample, double minHessian) {
        this.minHessian = minHessian;
        this.count = count;
        this.depth = depth;
        this.shrinkage = shrinkage;
        this.sample = sample;
    }

    /**
     * @param rows   the second stage's rows of every page
     * @param labels per page and line, whether it is body
     * @param edges  per feature, the bin edges the splits may use
     * @param margin per line (pages in order), the linear stage's log-odds
     */
    BoostedTrees fit(List<float[][]> rows, List<boolean[]> labels, float[][] edges, double[] margin) {
        int n = margin.length;
        int features = edges.length;
        int bins = 1;
        for (float[] e : edges) {
            bins = Math.max(bins, e.length + 1);
        }
        byte[] binned = new byte[n * features];
        double[] y = new double[n];
        int i = 0;
        for (int p = 0; p < rows.size(); p++) {
            for (int l = 0; l < rows.get(p).length; l++) {
                float[] row = rows.get(p)[l];
                for (int f = 0; f < features; f++) {
                    binned[i * features + f] = (byte) io.newsprep.model.BinnedLinearStage.bin(edges[f], row[f]);
                }
                y[i] = labels.get(p)[l] ? 1 : 0;
                i++;
            }
        }
        double[] score = margin.clone();
        int internal = (1 << depth) - 1;
        int[][] treeFeatures = new int[count][];
        float[][] treeThresholds = new float[count][];
        float[][] treeLeaves = new float[count][];
        double[] g = new double[n];
        double[] h = new double[n];
        int[] node = new int[n];
        int[] chosen = new int[n];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int t = 0; t < count; t++) {
            int m = 0;
            for (int r = 0; r < n; r++) {
                if (random.nextDouble() < sample) {
                    chosen[m++] = r;
                }
            }
            for (int k = 0; k < m; k++) {
                int r = chosen[k];
                double p = 1 / (1 + Math.exp(-score[r]));
                g[r] = p - y[r];
                h[r] = Math.max(p * (1 - p), 1e-6);
                node[r] = 0;
            }
            int[] splitFeature = new int[internal];
            float[] threshold = new float[internal];
            int[] splitBin = new int[internal];
            for (int level = 0; level < depth; level++) {
                int first = (1 << level) - 1;
                int width = 1 << level;
                double[] hg = new double[width * features * bins];
                double[] hh = new double[width * features * bins];
                for (int k = 0; k < m; k++) {
                    int r = chosen[k];
                    int base = (node[r] - first) * features * bins;
                    int at = r * features;
                    for (int f = 0; f < features; f++) {
                        int cell = base + f * bins + binned[at + f];
                        hg[cell] += g[r];
                        hh[cell] += h[r];
                    }
                }
                for (int w = 0; w < width; w++) {
                    int nd = first + w;
                    splitFeature[nd] = -1;
                    double bestGain = 1e-9;
                    for (int f = 0; f < features; f++) {
                        int base = (w * features + f) * bins;
                        double gTotal = 0;
                        double hTotal = 0;
                        for (int b = 0; b < bins; b++) {
                            gTotal += hg[base + b];
                            hTotal += hh[base + b];
                        }
                        double gl = 0;
                        double hl = 0;
                        for (int b = 0; b < edges[f].length; b++) {
                            gl += hg[base + b];
                            hl += hh[base + b];
                            double hr = hTotal - hl;
                            if (hl < minHessian || hr < minHessian) {
                                continue;
                            }
                            double gr = gTotal - gl;
                            double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - gTotal * gTotal / (hTotal + LAMBDA);
                            if (gain > bestGain) {
                                bestGain = gain;
                                splitFeature[nd] = f;
                                splitBin[nd] = b;
                                threshold[nd] = edges[f][b];
                            }
                        }
                    }
                }
                for (int k = 0; k < m; k++) {
                    int r = chosen[k];
                    int nd = node[r];
                    int f = splitFeature[nd];
                    node[r] = f < 0 || binned[r * features + f] <= splitBin[nd] ? 2 * nd + 1 : 2 * nd + 2;
                }
            }
            double[] lg = new double[internal + 1];
            double[] lh = new double[internal + 1];
            for (int k = 0; k < m; k++) {
                int r = chosen[k];
                lg[node[r] - internal] += g[r];
                lh[node[r] - internal] += h[r];
            }
            float[] leaves = new float[internal + 1];
            for (int l = 0; l <= internal; l++) {
                leaves[l] = (float) (-shrinkage * lg[l] / (lh[l] + LAMBDA));
            }
            treeFeatures[t] = splitFeature;
            treeThresholds[t] = threshold;
            treeLeaves[t] = leaves;
            // every line, sampled or not, moves by the tree's leaf
            for (int r = 0; r < n; r++) {
                int nd = 0;
                while (nd < internal) {
                    int f = splitFeature[nd];
                    nd = f < 0 || binned[r * features + f] <= splitBin[nd] ? 2 * nd + 1 : 2 * nd + 2;
                }
                score[r] += leaves[nd - internal];
            }
        }
        return new BoostedTrees(depth, treeFeatures, treeThresholds, treeLeaves);
    }
}
