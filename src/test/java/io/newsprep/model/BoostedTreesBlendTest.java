package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoostedTreesBlendTest {

    private static final int FEATURES = 6;

    private static BoostedTrees random(int count, int depth, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int internal = (1 << depth) - 1;
        int[][] f = new int[count][internal];
        float[][] th = new float[count][internal];
        float[][] lv = new float[count][internal + 1];
        for (int t = 0; t < count; t++) {
            for (int i = 0; i < internal; i++) {
                f[t][i] = r.nextInt(8) == 0 ? -1 : r.nextInt(FEATURES);
                th[t][i] = (float) r.nextDouble();
            }
            for (int l = 0; l <= internal; l++) {
                lv[t][l] = (float) (r.nextDouble() * 2 - 1);
            }
        }
        return new BoostedTrees(depth, f, th, lv);
    }

    private static float[][] rows(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] rows = new float[500][FEATURES];
        for (float[] row : rows) {
            for (int i = 0; i < FEATURES; i++) {
                row[i] = (float) r.nextDouble();
            }
        }
        return rows;
    }

    @Test
    void deepenedTreesScoreEveryRowAsBefore() {
        BoostedTrees shallow = random(20, 3, 1);
        BoostedTrees deep = shallow.deepened(5);
        assertEquals(5, deep.depth());
        assertEquals(20, deep.count());
        for (float[] row : rows(2)) {
            assertEquals(shallow.score(row), deep.score(row), 1e-6);
        }
    }

    @Test
    void aBlendScoresTheWeightedMeanOfBothModels() {
        BoostedTrees shallow = random(30, 3, 3);
        BoostedTrees deep = random(40, 5, 4);
        for (double w : new double[]{0, 0.25, 0.5, 1}) {
            BoostedTrees blend = shallow.blend(deep, w);
            assertEquals(70, blend.count());
            assertEquals(5, blend.depth());
            for (float[] row : rows(5)) {
                assertEquals((1 - w) * shallow.score(row) + w * deep.score(row), blend.score(row), 1e-4);
            }
        }
    }

    @Test
    void refusesAWeightOutsideZeroToOneAndAShallowerDepth() {
        BoostedTrees trees = random(2, 4, 6);
        assertThrows(IllegalArgumentException.class, () -> trees.blend(trees, 1.5));
        assertThrows(IllegalArgumentException.class, () -> trees.deepened(3));
    }

    @Test
    void scaledTreesScoreTheirScoreTimesTheFactor() {
        BoostedTrees trees = random(25, 5, 7);
        BoostedTrees scaled = trees.scaled(0.6);
        for (float[] row : rows(8)) {
            assertEquals(0.6 * trees.score(row), scaled.score(row), 1e-5);
        }
    }

    @Test
    void aMappedStageScoresTheMapOfItsScore() {
        SplittableRandom r = new SplittableRandom(9);
        java.util.List<String> names = java.util.List.of("a", "b", "c");
        float[][] edges = {{0.2f, 0.5f}, {0.4f}, {0.1f, 0.3f, 0.9f}};
        float[][] weights = new float[3][];
        for (int f = 0; f < 3; f++) {
            weights[f] = new float[edges[f].length + 1];
            for (int i = 0; i < weights[f].length; i++) {
                weights[f][i] = (float) (r.nextDouble() * 4 - 2);
            }
        }
        BinnedLinearStage stage = new BinnedLinearStage(names, edges, weights, -0.7f);
        BinnedLinearStage mapped = stage.mapped(0.55, 0.3);
        for (int k = 0; k < 200; k++) {
            float[] row = {(float) r.nextDouble(), (float) r.nextDouble(), (float) r.nextDouble()};
            assertEquals(0.55 * stage.score(row) + 0.3, mapped.score(row), 1e-5);
        }
    }
}
