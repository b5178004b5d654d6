package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeadlineListwiseFitTest {

    private static final String P1 = "The regional government said on Tuesday that the harbour would reopen to ships next "
            + "month, after two years of repairs that cost far more than the council had planned at the start.";
    private static final String P2 = "Fishermen who had moved their boats to the next town welcomed the news, although "
            + "several said they would wait to see whether the new quays are as sound as the engineers promise.";

    private static List<HeadlineExample> pages() {
        List<HeadlineExample> examples = new ArrayList<>();
        String[][] pages = {
                {"Home", "Harbour News Weekly", "Harbour reopens after two years", "By Jane Smith"},
                {"Menu", "The Coast Gazette", "Ferries return to the island", "By Tom Brown"},
                {"Sign in", "Tide Times", "New quay opens to fishing boats", "Anna Lee, reporter"},
        };
        for (int k = 0; k < pages.length; k++) {
            List<String> lines = List.of(pages[k][0], pages[k][1], pages[k][2], pages[k][3], P1, P2);
            List<LineKind> kinds = Arrays.asList(LineKind.NAVIGATION, null, null, LineKind.BYLINE, null, null);
            HeadlinePage p = new HeadlinePage(lines, kinds, new boolean[lines.size()], 4, 4, 5, -1, null, null, false);
            examples.add(HeadlineExample.of("p" + k, "test", "site" + k, "text", p, pages[k][2]));
        }
        return examples;
    }

    @Test
    void theGradientIsTheObjectivesSlope() {
        int dims = HeadlineFeatures.NAMES.size();
        HeadlineListwiseFit fit = new HeadlineListwiseFit(pages(), dims, 1.0);
        double[] w = new double[dims];
        for (int k = 0; k < dims; k++) {
            w[k] = Math.sin(k + 1) * 0.3;
        }
        double[] g = new double[dims];
        fit.lossAndGradient(w, g);
        double h = 1e-6;
        for (int k = 0; k < dims; k++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (fit.lossAndGradient(up, new double[dims]) - fit.lossAndGradient(down, new double[dims])) / (2 * h);
            assertThat(g[k]).as(HeadlineFeatures.NAMES.get(k)).isCloseTo(numeric, within(1e-4));
        }
    }

    @Test
    void theFittedWeightsPutEachPagesHeadlineFirstAndLowerTheObjective() {
        int dims = HeadlineFeatures.NAMES.size();
        HeadlineListwiseFit fit = new HeadlineListwiseFit(pages(), dims, 1.0);
        double[] w = fit.fit();
        assertThat(fit.lossAndGradient(w, new double[dims])).isLessThan(fit.lossAndGradient(new double[dims], new double[dims]));
        HeadlineModel model = new HeadlineModel(HeadlineTraining.MODEL_VERSION, -1000, 0, w);
        assertThat(HeadlineTraining.exact(model, pages())).isEqualTo(1.0);
    }

    @Test
    void aListwiseModelFileIsTheSameBytesEachTime() {
        String first = HeadlineTraining.train(pages(), 1.0, 7, HeadlineTraining.Fit.LISTWISE).write(List.of());
        String second = HeadlineTraining.train(pages(), 1.0, 8, HeadlineTraining.Fit.LISTWISE).write(List.of());
        assertThat(first).isEqualTo(second);
        assertThat(HeadlineTraining.exact(HeadlineModel.read(first), pages())).isEqualTo(1.0);
    }
}
