package io.newsprep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BinnedLinearStageBinTest {

    /** The bin as first defined: the search for an equal edge, then past the edges equal to it. */
    private static int reference(float[] edges, float value) {
        int i = Arrays.binarySearch(edges, value);
        if (i < 0) {
            return -i - 1;
        }
        int j = i;
        while (j < edges.length && edges[j] == edges[i]) {
            j++;
        }
        return j;
    }

    @Test
    void aValueEqualToARunOfEdgesFallsIntoTheBinAboveTheRun() {
        float[] edges = {0f, 0f, 0f, 0f, 1f, 2f, 2f, 5f};
        assertThat(BinnedLinearStage.bin(edges, 0f)).isEqualTo(4);
        assertThat(BinnedLinearStage.bin(edges, 2f)).isEqualTo(7);
        assertThat(BinnedLinearStage.bin(edges, -1f)).isZero();
        assertThat(BinnedLinearStage.bin(edges, 9f)).isEqualTo(8);
        assertThat(BinnedLinearStage.bin(new float[] {-0f, 0f, 3f}, -0f)).isEqualTo(2);
    }

    @Test
    void givesTheSameBinAsTheSearchForAnEqualEdgeOnRandomEdgesWithRepeats() {
        SplittableRandom random = new SplittableRandom(23);
        float[] pool = {-0f, 0f, 0.5f, 1f, 2f, 3f, -1f, 0.25f};
        for (int round = 0; round < 20_000; round++) {
            float[] edges = new float[random.nextInt(0, 40)];
            for (int k = 0; k < edges.length; k++) {
                edges[k] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : (float) random.nextDouble(-2, 4);
            }
            Arrays.sort(edges);
            float value = random.nextBoolean() ? pool[random.nextInt(pool.length)] : (float) random.nextDouble(-3, 5);
            assertThat(BinnedLinearStage.bin(edges, value)).as("%s in %s", value, Arrays.toString(edges))
                    .isEqualTo(reference(edges, value));
        }
    }

    @Test
    void scoringAllRowsAtOnceGivesEachRowsOwnScore() {
        SplittableRandom random = new SplittableRandom(5);
        int features = 12;
        float[][] edges = new float[features][];
        float[][] weights = new float[features][];
        for (int f = 0; f < features; f++) {
            edges[f] = new float[random.nextInt(0, 9)];
            for (int e = 0; e < edges[f].length; e++) {
                edges[f][e] = random.nextInt(-2, 4) / 2f;
            }
            Arrays.sort(edges[f]);
            weights[f] = new float[edges[f].length + 1];
            for (int w = 0; w < weights[f].length; w++) {
                weights[f][w] = (float) random.nextDouble(-2, 2);
            }
        }
        BinnedLinearStage stage = new BinnedLinearStage(java.util.Collections.nCopies(features, "f"), edges, weights, 0.3f);
        float[] pool = {-0f, 0f, 0.5f, 1f, -1f, Float.NaN, 7f};
        float[][] rows = new float[300][features];
        for (float[] row : rows) {
            for (int f = 0; f < features; f++) {
                row[f] = random.nextInt(3) == 0 ? (float) random.nextDouble(-2, 3) : pool[random.nextInt(pool.length)];
            }
        }
        double[] all = stage.scores(rows);
        for (int i = 0; i < rows.length; i++) {
            assertThat(all[i]).isEqualTo(stage.score(rows[i]));
        }
    }
}
