package io.newsprep.train;

import java.util.Arrays;

/**
 * A linear map {@code a z + b} of one model's log-odds {@code z} onto another's scale, fitted on the same lines.
 * Deeper trees give more extreme probabilities than the shallow ones the decoding passes (their thresholds, the
 * comment threads' "sure body") were tuned on; mapped so, a deeper model's scores spread as the shallow model's do.
 *
 * @param a the slope (a temperature of {@code 1 / a})
 * @param b the shift
 */
record LogOddsMap(double a, double b) {

    static final LogOddsMap IDENTITY = new LogOddsMap(1, 0);

    /** The quantiles matched: every percentile from 1 to 99. */
    static final int QUANTILES = 99;

    double apply(double z) {
        return a * z + b;
    }

    /**
     * The map under which {@code from}'s histogram matches {@code to}'s best: least squares between their
     * percentiles (a straight line through the quantile-quantile plot). The lines need not be paired.
     */
    static LogOddsMap quantiles(double[] from, double[] to) {
        double[] qf = percentiles(from);
        double[] qt = percentiles(to);
        return leastSquares(qf, qt);
    }

    /**
     * As {@link #quantiles}, with no shift: only a temperature, so that the lines at even odds stay at even odds
     * (the decoder's threshold 0.5 keeps its place).
     */
    static LogOddsMap quantileTemperature(double[] from, double[] to) {
        double[] qf = percentiles(from);
        double[] qt = percentiles(to);
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < qf.length; i++) {
            xy += qf[i] * qt[i];
            xx += qf[i] * qf[i];
        }
        return xx > 0 ? new LogOddsMap(xy / xx, 0) : IDENTITY;
    }

    /** Least squares of {@code to} on {@code from}, line by line (Platt's map onto the other model's log-odds). */
    static LogOddsMap regression(double[] from, double[] to) {
        return leastSquares(from, to);
    }

    private static LogOddsMap leastSquares(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a map needs paired values, at least two");
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        if (sxx <= 0) {
            return new LogOddsMap(1, my - mx);
        }
        double a = sxy / sxx;
        return new LogOddsMap(a, my - a * mx);
    }

    static double[] percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] q = new double[QUANTILES];
        for (int k = 1; k <= QUANTILES; k++) {
            double at = k / (QUANTILES + 1.0) * (sorted.length - 1);
            int lo = (int) Math.floor(at);
            int hi = Math.min(lo + 1, sorted.length - 1);
            q[k - 1] = sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
        }
        return q;
    }
}
