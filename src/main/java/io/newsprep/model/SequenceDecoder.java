package io.newsprep.model;

/**
 * Two-state Viterbi decoding over a document's lines (other, body): each line's probability says what it looks
 * like, and every switch between the states costs {@code switchCost}, so a short run of chrome inside an
 * article is dropped on its own instead of splitting or ending the article. Lines an explicit rule already took
 * are skipped: they neither add evidence nor interrupt a run.
 */
public final class SequenceDecoder {

    private static final double FLOOR = 1e-4;

    private final double switchCost;
    private final double threshold;
    private final double relative;

    /**
     * @param switchCost the log-odds a switch between body and other costs (0: every line on its own)
     * @param threshold  the probability at which a line on its own is as likely body as not
     * @param relative   the threshold is at most this share of the document's highest probability, so that a page
     *                   unlike any training page, where every line scores low, still keeps its most article-like
     *                   lines (1: no such limit)
     */
    public SequenceDecoder(double switchCost, double threshold, double relative) {
        this.switchCost = switchCost;
        this.threshold = threshold;
        this.relative = relative;
    }

    public double relative() {
        return relative;
    }

    public double switchCost() {
        return switchCost;
    }

    public double threshold() {
        return threshold;
    }

    /**
     * @param probabilities per line: the model's probability that it is body
     * @param skip          per line: taken by a rule; decided as other and not part of the sequence
     * @return per line: whether it is body
     */
    public boolean[] decode(double[] probabilities, boolean[] skip) {
        int n = probabilities.length;
        boolean[] body = new boolean[n];
        int[] index = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!skip[i]) {
                index[m++] = i;
            }
        }
        if (m == 0) {
            return body;
        }
        double max = 0;
        for (int t = 0; t < m; t++) {
            max = Math.max(max, probabilities[index[t]]);
        }
        double even = Math.max(FLOOR, Math.min(threshold, relative * max));
        double prior = Math.log(even / (1 - even));
        // back pointers: whether the best path into state s at step t came from the other state
        boolean[][] switched = new boolean[m][2];
        double other = emission(probabilities[index[0]], false, prior);
        double text = emission(probabilities[index[0]], true, prior);
        for (int t = 1; t < m; t++) {
            double p = probabilities[index[t]];
            double otherStay = other;
            double otherFrom = text - switchCost;
            double textStay = text;
            double textFrom = other - switchCost;
            switched[t][0] = otherFrom > otherStay;
            switched[t][1] = textFrom > textStay;
            other = Math.max(otherStay, otherFrom) + emission(p, false, prior);
            text = Math.max(textStay, textFrom) + emission(p, true, prior);
        }
        boolean state = text > other;
        for (int t = m - 1; t >= 0; t--) {
            body[index[t]] = state;
            if (switched[t][state ? 1 : 0]) {
                state = !state;
            }
        }
        return body;
    }

    /** Log-likelihood of the line's probability under a state, with the threshold as the even point. */
    private static double emission(double p, boolean body, double prior) {
        double q = Math.min(1 - FLOOR, Math.max(FLOOR, p));
        double logOdds = Math.log(q / (1 - q)) - prior;
        // symmetric split of the log-odds: only the difference between the two states matters
        return body ? logOdds / 2 : -logOdds / 2;
    }
}
