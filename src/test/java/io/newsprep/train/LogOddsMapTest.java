package io.newsprep.train;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogOddsMapTest {

    /** Log-odds like a model's: many lines far below even odds, fewer above. */
    private static double[] scores(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextDouble() < 0.7 ? -4 + 2 * gaussian(r) : 3 + 1.5 * gaussian(r);
        }
        return z;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void quantilesRecoverAStretchOfTheSameHistogram() {
        double[] shallow = scores(1, 20_000);
        double[] deep = scores(2, 30_000);
        for (int i = 0; i < deep.length; i++) {
            deep[i] = 1.6 * deep[i] - 0.5;
        }
        LogOddsMap map = LogOddsMap.quantiles(deep, shallow);
        assertEquals(1 / 1.6, map.a(), 0.02);
        assertEquals(0.5 / 1.6, map.b(), 0.1);
    }

    @Test
    void aTemperatureKeepsEvenOddsInPlace() {
        double[] shallow = scores(3, 10_000);
        double[] deep = new double[shallow.length];
        for (int i = 0; i < deep.length; i++) {
            deep[i] = 2 * shallow[i];
        }
        LogOddsMap map = LogOddsMap.quantileTemperature(deep, shallow);
        assertEquals(0.5, map.a(), 1e-9);
        assertEquals(0, map.b());
        assertEquals(0, map.apply(0));
    }

    @Test
    void regressionShrinksTowardsTheMeanWhenTheLinesDisagree() {
        SplittableRandom r = new SplittableRandom(4);
        double[] deep = scores(5, 20_000);
        double[] shallow = new double[deep.length];
        for (int i = 0; i < deep.length; i++) {
            shallow[i] = 0.8 * deep[i] + 0.2 + 2 * gaussian(r);
        }
        LogOddsMap regression = LogOddsMap.regression(deep, shallow);
        assertEquals(0.8, regression.a(), 0.03);
        assertEquals(0.2, regression.b(), 0.1);
        // the histograms differ by the noise too, so matching them stretches less than the paired fit
        LogOddsMap quantiles = LogOddsMap.quantiles(deep, shallow);
        assertEquals(true, quantiles.a() > regression.a());
    }

    @Test
    void percentilesOfAConstantAreTheConstant() {
        double[] q = LogOddsMap.percentiles(new double[]{2, 2, 2});
        assertEquals(LogOddsMap.QUANTILES, q.length);
        for (double v : q) {
            assertEquals(2, v);
        }
        assertThrows(IllegalArgumentException.class, () -> LogOddsMap.percentiles(new double[0]));
    }
}
