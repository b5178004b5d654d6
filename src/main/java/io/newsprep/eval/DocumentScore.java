package io.newsprep.eval;

import java.util.List;

/**
 * One document's score. {@code tp}, {@code fp}, {@code fn} are normalised by their sum;
 * precision is null when nothing was predicted, recall null when the gold is empty.
 */
public record DocumentScore(String id, double tp, double fp, double fn, Double precision, Double recall,
                            int goldTokens, int predictedTokens, boolean predicted,
                            List<String> wronglyKept, List<String> wronglyDropped) {

    public DocumentScore {
        wronglyKept = List.copyOf(wronglyKept);
        wronglyDropped = List.copyOf(wronglyDropped);
    }

    static DocumentScore of(String id, ShingleMetric.Comparison c, boolean predicted) {
        double total = c.tp() + c.fp() + c.fn();
        double tp = total == 0 ? 0 : c.tp() / total;
        double fp = total == 0 ? 0 : c.fp() / total;
        double fn = total == 0 ? 0 : c.fn() / total;
        boolean perfect = fp == 0 && fn == 0;
        Double p = tp + fp > 0 ? (perfect ? 1.0 : tp / (tp + fp)) : null;
        Double r = tp + fn > 0 ? (perfect ? 1.0 : tp / (tp + fn)) : null;
        return new DocumentScore(id, tp, fp, fn, p, r, c.goldTokens(), c.predictedTokens(), predicted,
                c.wronglyKept(), c.wronglyDropped());
    }

    public double f1() {
        double p = precision == null ? 0 : precision;
        double r = recall == null ? 0 : recall;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
