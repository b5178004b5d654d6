package io.newsprep.train;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The threshold that earns most cuts halfway between two distinct scores, never between tied ones. */
class GainThresholdTest {

    private static List<double[]> picks(double[]... picks) {
        return new ArrayList<>(List.of(picks));
    }

    @Test
    void cutsHalfwayBelowTheLastPickWorthTaking() {
        List<double[]> p = picks(new double[] {0.2, -3}, new double[] {0.9, 1}, new double[] {0.6, 1}, new double[] {0.6, 1});
        assertThat(GainThreshold.best(p, 5, 0.01)).isEqualTo(0.4);
    }

    @Test
    void takesEveryPickJustBelowTheLastWhenAllEarn() {
        assertThat(GainThreshold.best(picks(new double[] {0.5, 1}, new double[] {0.8, 1}), 5, 0.01)).isEqualTo(0.49);
    }

    @Test
    void givesTheFallbackWhenNoCutEarns() {
        assertThat(GainThreshold.best(picks(new double[] {0.9, -3}, new double[] {0.5, 1}), 5, 0.01)).isEqualTo(5);
        assertThat(GainThreshold.best(picks(), 5, 0.01)).isEqualTo(5);
    }

    @Test
    void sitesKeepTheirFoldAndPagesWithoutAHostFoldByTheirId() {
        assertThat(SiteFolds.byHashCode("example.com", "a")).isEqualTo(SiteFolds.byHashCode("example.com", "b"))
                .isBetween(0, SiteFolds.COUNT - 1);
        assertThat(SiteFolds.byHashCode(null, "a")).isEqualTo(Math.floorMod("a".hashCode() * 31 + 7, SiteFolds.COUNT));
        assertThat(SiteFolds.bySha256("example.com")).isBetween(0, SiteFolds.COUNT - 1);
    }
}
