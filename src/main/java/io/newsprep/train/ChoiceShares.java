package io.newsprep.train;

/** The softmax shares of a page's choices under linear weights, beside a "none" choice that scores 0. */
final class ChoiceShares {

    private ChoiceShares() {
    }

    /** Each choice's share; {@code rows[j]} holds choice j's features in the order of the weights. */
    static double[] of(double[][] rows, double[] w) {
        double[] s = new double[rows.length];
        double top = 0;
        for (int j = 0; j < rows.length; j++) {
            for (int i = 0; i < w.length; i++) {
                s[j] += w[i] * rows[j][i];
            }
            top = Math.max(top, s[j]);
        }
        double total = Math.exp(-top);
        for (int j = 0; j < rows.length; j++) {
            s[j] = Math.exp(s[j] - top);
            total += s[j];
        }
        for (int j = 0; j < rows.length; j++) {
            s[j] /= total;
        }
        return s;
    }
}
