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
}
