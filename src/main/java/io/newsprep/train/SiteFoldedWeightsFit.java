package io.newsprep.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A weights fit over training pages: fitting reads the pages, fits the weights, prints the in-sample figures and
 * gives the weights file; cross-validation fits without each fold of sites in turn and measures the held-out fold.
 *
 * @param <E> one training page as the fit sees it
 */
abstract class SiteFoldedWeightsFit<E> implements WeightsFit {

    protected final Consumer<String> out;

    SiteFoldedWeightsFit(Consumer<String> out) {
        this.out = out;
    }

    /** The training pages of the set folders; prints how many there are. */
    abstract List<E> read(List<Path> sets);

    /** The weights, threshold included, fitted on the pages. */
    abstract Map<String, Double> weights(List<E> examples);

    /** The figures of the weights on the pages, as one line. */
    abstract String scoreLine(List<E> examples, Map<String, Double> weights);

    /** The text of the weights file. */
    abstract String file(Map<String, Double> weights);

    /** The fold of a page's site, from 0 to {@link SiteFolds#COUNT} - 1. */
    abstract int fold(E example);

    /** A new tally of held-out figures. */
    abstract HeldOut<E> heldOut();

    /** The figures of the held-out folds: each fold's as it comes, then the totals. */
    interface HeldOut<E> {

        void fold(int fold, List<E> train, List<E> test);

        void totals();
    }

    /** The weights fitted on all the pages, as the text of the weights file. */
    @Override
    public final String fit(List<Path> sets) {
        List<E> examples = read(sets);
        Map<String, Double> weights = weights(examples);
        out.accept("in sample: " + scoreLine(examples, weights));
        return file(weights);
    }

    /** Held-out figures by site folds: the shipped weights and weights fitted without each fold. */
    @Override
    public final void crossValidate(List<Path> sets) {
        List<E> examples = read(sets);
        HeldOut<E> heldOut = heldOut();
        for (int f = 0; f < SiteFolds.COUNT; f++) {
            int fold = f;
            heldOut.fold(f, examples.stream().filter(x -> fold(x) != fold).toList(),
                    examples.stream().filter(x -> fold(x) == fold).toList());
        }
        heldOut.totals();
    }
}
