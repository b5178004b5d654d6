package io.newsprep.train;

import io.newsprep.model.BoostedTrees;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trees learn what a sum of per-feature weights cannot: body exactly where two features disagree. */
class TreeBoosterTest {

    private static final float[][] EDGES = {{0.5f}, {0.5f}, {0.5f}};

    private static List<float[][]> rows() {
        List<float[][]> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            float[][] page = new float[40][];
            for (int i = 0; i < page.length; i++) {
                page[i] = new float[] {(i / 2) % 2, i % 2, (p + i) % 3 == 0 ? 1 : 0};
            }
            pages.add(page);
        }
        return pages;
    }

    private static List<boolean[]> labels(List<float[][]> rows) {
        List<boolean[]> labels = new ArrayList<>();
        for (float[][] page : rows) {
            boolean[] body = new boolean[page.length];
            for (int i = 0; i < page.length; i++) {
                body[i] = page[i][0] != page[i][1];
            }
            labels.add(body);
        }
        return labels;
    }

    private static BoostedTrees fit() {
        List<float[][]> rows = rows();
        return new TreeBooster(30, 3, 0.3, 0.7).fit(rows, labels(rows), EDGES, new double[8 * 40]);
    }

    @Test
    void learnsAnInteractionOfTwoFeatures() {
        BoostedTrees trees = fit();
        assertThat(trees.score(new float[] {0, 1, 0})).isGreaterThan(2);
        assertThat(trees.score(new float[] {1, 0, 1})).isGreaterThan(2);
        assertThat(trees.score(new float[] {0, 0, 0})).isLessThan(-2);
        assertThat(trees.score(new float[] {1, 1, 1})).isLessThan(-2);
    }

    @Test
    void theSameDataGiveTheSameTrees() {
        BoostedTrees a = fit();
        BoostedTrees b = fit();
        assertThat(b.features()).isDeepEqualTo(a.features());
        assertThat(b.thresholds()).isDeepEqualTo(a.thresholds());
        assertThat(b.leaves()).isDeepEqualTo(a.leaves());
    }

    @Test
    void theFirstTreesOfALongerFitAreTheTreesOfAShorterOne() {
        List<float[][]> rows = rows();
        BoostedTrees longer = new TreeBooster(30, 3, 0.3, 0.7).fit(rows, labels(rows), EDGES, new double[8 * 40]);
        BoostedTrees shorter = new TreeBooster(12, 3, 0.3, 0.7).fit(rows, labels(rows), EDGES, new double[8 * 40]);
        BoostedTrees first = longer.first(12);
        assertThat(first.count()).isEqualTo(12);
        assertThat(first.features()).isDeepEqualTo(shorter.features());
        assertThat(first.leaves()).isDeepEqualTo(shorter.leaves());
    }

    @Test
    void aLargerLeastCurvatureSplitsLess() {
        List<float[][]> rows = rows();
        BoostedTrees strict = new TreeBooster(5, 3, 0.3, 0.7, 1e6).fit(rows, labels(rows), EDGES, new double[8 * 40]);
        for (int[] tree : strict.features()) {
            assertThat(tree).containsOnly(-1);
        }
    }
}
