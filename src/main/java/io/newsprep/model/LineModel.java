package io.newsprep.model;

/**
 * The trained line model: a first stage that judges each line by itself and its surroundings' shape, a second
 * stage that adds the first stage's view of the neighbouring lines, and the sequence decoder.
 *
 * @param version     the first hex digits of the model file's checksum
 * @param description how and from what it was trained
 */
public record LineModel(String version, String description, BinnedLinearStage first, BinnedLinearStage second,
                        BoostedTrees trees, SequenceDecoder decoder) {

    public LineModel {
        trees.checkFeatures(second.names());
        if (!first.names().equals(LineFeatureVectors.NAMES) || !second.names().equals(ContextFeatures.NAMES)) {
            throw new IllegalArgumentException("the line model was trained on other features than this version computes;"
                    + " train it again (newsprep train)");
        }
    }

    /** Per line: the probability that it is article body. */
    public double[] probabilities(LineInput input) {
        return probabilities(LineFeatureVectors.of(input));
    }

    public double[] probabilities(float[][] rows) {
        return secondStage(rows, firstStage(rows));
    }

    public double[] firstStage(float[][] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = first.probability(rows[i]);
        }
        return p;
    }

    public double[] secondStage(float[][] rows, double[] firstProbabilities) {
        float[][] context = ContextFeatures.of(rows, firstProbabilities);
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = BinnedLinearStage.sigmoid(second.score(context[i]) + trees.score(context[i]));
        }
        return p;
    }

    /** The same model without its trees: the second stage's linear part alone. */
    public LineModel withoutTrees() {
        return new LineModel(version, description, first, second, BoostedTrees.NONE, decoder);
    }

    /** The features that weigh most in the second stage's score of one line, for explanations. */
    public String strongestFeatures(LineInput input, int line, int count) {
        float[][] rows = LineFeatureVectors.of(input);
        float[][] context = ContextFeatures.of(rows, firstStage(rows));
        return second.strongest(context[line], count);
    }

    /** Per line: whether it is body, decoded as a sequence; lines in {@code skip} are other. */
    public boolean[] decide(double[] probabilities, boolean[] skip) {
        return decoder.decode(probabilities, skip);
    }
}
