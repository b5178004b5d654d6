package io.newsprep.train;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A weights fit whose figures are a {@link ChoiceTally}: held out, each fold gives the tally of the shipped weights
 * and of the weights fitted without it, then the pages the fitted weights miss; the totals come last.
 *
 * @param <E> one training page as the fit sees it
 */
abstract class TalliedWeightsFit<E> extends SiteFoldedWeightsFit<E> {

    private final Supplier<Map<String, Double>> shippedWeights;
    private final String shippedTotal;
    private final String fittedTotal;

    /** The weights the cleaner ships, and the starts of the two lines of held-out totals. */
    TalliedWeightsFit(Consumer<String> out, Supplier<Map<String, Double>> shippedWeights, String shippedTotal,
                      String fittedTotal) {
        super(out);
        this.shippedWeights = shippedWeights;
        this.shippedTotal = shippedTotal;
        this.fittedTotal = fittedTotal;
    }

    abstract ChoiceTally score(List<E> examples, Map<String, Double> weights);

    /** The tally as one line of figures. */
    abstract String line(ChoiceTally tally);

    /** Prints the held-out pages the weights miss. */
    abstract void misses(List<E> test, Map<String, Double> weights);

    @Override
    final String scoreLine(List<E> examples, Map<String, Double> weights) {
        return line(score(examples, weights));
    }

    @Override
    final HeldOut<E> heldOut() {
        Map<String, Double> shipped = shippedWeights.get();
        return new HeldOut<>() {
            private ChoiceTally before = ChoiceTally.EMPTY;
            private ChoiceTally after = ChoiceTally.EMPTY;

            @Override
            public void fold(int fold, List<E> train, List<E> test) {
                Map<String, Double> fitted = weights(train);
                ChoiceTally b = score(test, shipped);
                ChoiceTally a = score(test, fitted);
                out.accept("fold " + fold + " shipped: " + line(b));
                out.accept("fold " + fold + " fitted:  " + line(a));
                misses(test, fitted);
                before = before.plus(b);
                after = after.plus(a);
            }

            @Override
            public void totals() {
                out.accept(shippedTotal + line(before));
                out.accept(fittedTotal + line(after));
            }
        };
    }
}
