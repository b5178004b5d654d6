package io.newsprep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The second stage's features: the first stage's features of a line plus the first stage's probabilities of
 * the lines around it, so that a line is judged by how article-like its surroundings are.
 */
public final class ContextFeatures {

    private static final int[] OFFSETS = {-3, -2, -1, 0, 1, 2, 3};
    private static final int[] WINDOWS = {3, 8, 20};
    private static final String[] EXTRA = {"p_max_before8", "p_max_after8", "p_mean_before_all", "p_mean_after_all",
            "p_text_weighted8", "p_document_max", "p_over_max", "p~3_over_max"};

    public static final List<String> NAMES = names();

    private ContextFeatures() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(LineFeatureVectors.NAMES);
        for (int d : OFFSETS) {
            names.add("p@" + (d > 0 ? "+" : "") + d);
        }
        for (int w : WINDOWS) {
            names.add("p~" + w);
        }
        names.addAll(List.of(EXTRA));
        return List.copyOf(names);
    }

    /**
     * @param rows          the first stage's rows
     * @param probabilities the first stage's probability per line (out of fold, when training)
     */
    public static float[][] of(float[][] rows, double[] probabilities) {
        int n = rows.length;
        int base = LineFeatureVectors.NAMES.size();
        double[] prefix = new double[n + 1];
        double[] weighted = new double[n + 1];
        double[] weight = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + probabilities[i];
            double chars = Math.expm1(rows[i][0]);
            weighted[i + 1] = weighted[i] + chars * probabilities[i];
            weight[i + 1] = weight[i] + chars;
        }
        double max = 1e-6;
        for (double p : probabilities) {
            max = Math.max(max, p);
        }
        float[][] out = new float[n][NAMES.size()];
        for (int i = 0; i < n; i++) {
            float[] row = out[i];
            System.arraycopy(rows[i], 0, row, 0, base);
            int f = base;
            for (int d : OFFSETS) {
                int j = i + d;
                row[f++] = j >= 0 && j < n ? (float) probabilities[j] : -1;
            }
            for (int w : WINDOWS) {
                int from = Math.max(0, i - w);
                int to = Math.min(n, i + w + 1);
                row[f++] = (float) ((prefix[to] - prefix[from]) / (to - from));
            }
            double maxBefore = -1;
            for (int j = Math.max(0, i - 8); j < i; j++) {
                maxBefore = Math.max(maxBefore, probabilities[j]);
            }
            double maxAfter = -1;
            for (int j = i + 1; j < Math.min(n, i + 9); j++) {
                maxAfter = Math.max(maxAfter, probabilities[j]);
            }
            row[f++] = (float) maxBefore;
            row[f++] = (float) maxAfter;
            row[f++] = i == 0 ? -1 : (float) (prefix[i] / i);
            row[f++] = i == n - 1 ? -1 : (float) ((prefix[n] - prefix[i + 1]) / (n - i - 1));
            int from = Math.max(0, i - 8);
            int to = Math.min(n, i + 9);
            double w = weight[to] - weight[from];
            row[f++] = w <= 0 ? 0 : (float) ((weighted[to] - weighted[from]) / w);
            // relative to the document's most article-like line: pages unlike the training pages score low throughout
            row[f++] = (float) max;
            row[f++] = (float) (probabilities[i] / max);
            int from3 = Math.max(0, i - 3);
            int to3 = Math.min(n, i + 4);
            row[f++] = (float) ((prefix[to3] - prefix[from3]) / (to3 - from3) / max);
        }
        return out;
    }
}
