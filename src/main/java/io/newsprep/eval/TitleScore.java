package io.newsprep.eval;

/**
 * One document's title: the gold and the predicted text (null when the article has none), and the folder of the
 * input file the article came from ("" when at the top or unknown).
 */
public record TitleScore(String id, String folder, String gold, String predicted) {

    public boolean exact() {
        return TitleMatch.exact(gold, predicted);
    }

    public boolean missing() {
        return TitleMatch.normalise(predicted).isEmpty();
    }
}
