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
        return score(input).probabilities();
    }

    /**
     * The second stage's rows of a document's lines and the probabilities computed from them: what
     * {@link #explain} reads, so that an explanation describes the very computation that decided.
     */
    public record Scored(float[][] context, double[] probabilities) {
    }

    /** Per line: the second stage's row and the probability that the line is article body. */
    public Scored score(LineInput input) {
        float[][] rows = LineFeatureVectors.of(input);
        float[][] context = ContextFeatures.of(rows, firstStage(rows));
        return new Scored(context, secondStage(context));
    }

    public double[] probabilities(float[][] rows) {
        return secondStage(rows, firstStage(rows));
    }

    public double[] firstStage(float[][] rows) {
        double[] p = first.scores(rows);
        for (int i = 0; i < p.length; i++) {
            p[i] = BinnedLinearStage.sigmoid(p[i]);
        }
        return p;
    }

    public double[] secondStage(float[][] rows, double[] firstProbabilities) {
        return secondStage(ContextFeatures.of(rows, firstProbabilities));
    }

    private double[] secondStage(float[][] context) {
        double[] p = second.scores(context);
        for (int i = 0; i < context.length; i++) {
            p[i] = BinnedLinearStage.sigmoid(p[i] + trees.score(context[i]));
        }
        return p;
    }

    /** The same model without its trees: the second stage's linear part alone. */
    public LineModel withoutTrees() {
        return new LineModel(version, description, first, second, BoostedTrees.NONE, decoder);
    }

    /** The features that weigh most in the second stage's score of one line, for explanations. */
    public String strongestFeatures(LineInput input, int line, int count) {
        return second.strongest(score(input).context()[line], count);
    }

    /**
     * Why one scored line came out as it did: the {@code count} features whose bins weigh most in the second
     * stage's linear score towards body ({@code body} true) or away from it, in plain words ("short, 12 chars,
     * no sentence end, line above: body 0.03").
     */
    public String explain(Scored scored, int line, boolean body, int count) {
        float[] row = scored.context()[line];
        StringBuilder sb = new StringBuilder();
        for (int f : second.strongestFeatures(row, count, body ? 1 : -1)) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(FeatureWords.describe(second.names().get(f), row[f]));
        }
        return sb.toString();
    }

    /** Per line: whether it is body, decoded as a sequence; lines in {@code skip} are other. */
    public boolean[] decide(double[] probabilities, boolean[] skip) {
        return decoder.decode(probabilities, skip);
    }
}
