package io.newsprep.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the headline weights with a listwise objective: each page is one softmax over its candidates, and the loss
 * is minus the log of the probability that falls on its gold candidates, plus an L2 penalty. Unlike pairs of
 * "headline minus other candidate", every page weighs the same however many candidates it has, and a page is only
 * right when its gold candidate beats all the others at once, which is how the chooser decides.
 *
 * <p>Minimised with L-BFGS from zero weights in plain Java: no randomness, the same pages give the same weights.
 */
final class HeadlineListwiseFit {

    private static final int HISTORY = 10;
    private static final int MAX_ITERATIONS = 400;
    private static final double TOLERANCE = 1e-7;

    private final List<double[][]> pages = new ArrayList<>();
    private final List<boolean[]> golds = new ArrayList<>();
    private final int dims;
    private final double l2;

    /**
     * @param cost as liblinear's: the penalty is {@code |w|^2 / (2 cost)} against the sum of the pages' losses
     */
    HeadlineListwiseFit(List<HeadlineExample> examples, int dims, double cost) {
        this.dims = dims;
        this.l2 = 1.0 / cost;
        for (HeadlineExample e : examples) {
            // a page whose gold headline is no candidate, or whose only candidate is gold, teaches nothing
            if (e.answerable() && e.candidates().size() > 1) {
                pages.add(e.features());
                golds.add(e.labels());
            }
        }
    }

    double[] fit() {
        double[] w = new double[dims];
        double[] g = new double[dims];
        double f = lossAndGradient(w, g);
        double[][] s = new double[HISTORY][];
        double[][] y = new double[HISTORY][];
        double[] rho = new double[HISTORY];
        int stored = 0;
        int next = 0;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] d = direction(g, s, y, rho, stored, next);
            double slope = dot(d, g);
            if (slope >= 0) {
                d = HeadlineTraining.negate(g);
                slope = dot(d, g);
            }
            double step = it == 0 ? 1.0 / Math.max(1.0, Math.sqrt(dot(g, g))) : 1.0;
            double[] w2 = new double[dims];
            double[] g2 = new double[dims];
            double f2;
            int tries = 0;
            while (true) {
                for (int k = 0; k < dims; k++) {
                    w2[k] = w[k] + step * d[k];
                }
                f2 = lossAndGradient(w2, g2);
                if (f2 <= f + 1e-4 * step * slope || ++tries > 40) {
                    break;
                }
                step *= 0.5;
            }
            double[] sk = new double[dims];
            double[] yk = new double[dims];
            for (int k = 0; k < dims; k++) {
                sk[k] = w2[k] - w[k];
                yk[k] = g2[k] - g[k];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12) {
                s[next] = sk;
                y[next] = yk;
                rho[next] = 1 / sy;
                next = (next + 1) % HISTORY;
                stored = Math.min(stored + 1, HISTORY);
            }
            boolean done = Math.abs(f - f2) <= TOLERANCE * Math.max(1, Math.abs(f));
            w = w2;
            g = g2;
            f = f2;
            if (done) {
                break;
            }
        }
        return w;
    }

    /** The L-BFGS direction: minus the inverse-Hessian estimate times the gradient (two-loop recursion). */
    private double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int next) {
        double[] q = g.clone();
        double[] alpha = new double[HISTORY];
        for (int j = 0; j < stored; j++) {
            int k = Math.floorMod(next - 1 - j, HISTORY);
            alpha[k] = rho[k] * dot(s[k], q);
            for (int i = 0; i < dims; i++) {
                q[i] -= alpha[k] * y[k][i];
            }
        }
        if (stored > 0) {
            int last = Math.floorMod(next - 1, HISTORY);
            double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
            for (int i = 0; i < dims; i++) {
                q[i] *= gamma;
            }
        }
        for (int j = stored - 1; j >= 0; j--) {
            int k = Math.floorMod(next - 1 - j, HISTORY);
            double beta = rho[k] * dot(y[k], q);
            for (int i = 0; i < dims; i++) {
                q[i] += s[k][i] * (alpha[k] - beta);
            }
        }
        return HeadlineTraining.negate(q);
    }

    /** The objective at {@code w}; its gradient goes into {@code g}. */
    double lossAndGradient(double[] w, double[] g) {
        double loss = 0;
        for (int k = 0; k < dims; k++) {
            loss += 0.5 * l2 * w[k] * w[k];
            g[k] = l2 * w[k];
        }
        for (int p = 0; p < pages.size(); p++) {
            double[][] x = pages.get(p);
            boolean[] gold = golds.get(p);
            double[] z = new double[x.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < x.length; c++) {
                z[c] = dot(w, x[c]);
                max = Math.max(max, z[c]);
            }
            double all = 0;
            double right = 0;
            for (int c = 0; c < x.length; c++) {
                z[c] = Math.exp(z[c] - max);
                all += z[c];
                right += gold[c] ? z[c] : 0;
            }
            loss -= Math.log(right / all);
            // d/dw of -log(right/all) = E_all[x] - E_right[x]
            for (int c = 0; c < x.length; c++) {
                double coef = z[c] / all - (gold[c] ? z[c] / right : 0);
                if (coef != 0) {
                    double[] xc = x[c];
                    for (int k = 0; k < dims; k++) {
                        g[k] += coef * xc[k];
                    }
                }
            }
        }
        return loss;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
