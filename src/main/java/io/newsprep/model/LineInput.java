package io.newsprep.model;

import java.util.List;

/**
 * What the line model reads of one document: its non-blank lines and, per line, the evidence the explicit
 * rules found.
 *
 * @param texts      the non-blank lines, stripped
 * @param ruleKinds  per line: the kind code of the explicit rule that recognised it, or null
 * @param endMarkers per line: whether it is a phrase after which pages often carry unrelated content
 * @param stopShares per line: share of its words in the document language's stop-word list (0 without a list)
 * @param haveStopList whether the document's language has a stop-word list
 * @param heuristicGood per line: the hand-made classifier judges it good text
 * @param heuristicMain per line: it lies in the hand-made classifier's main block of text
 */
public record LineInput(List<String> texts, String[] ruleKinds, boolean[] endMarkers, double[] stopShares,
                        boolean haveStopList, boolean[] heuristicGood, boolean[] heuristicMain) {

    public int size() {
        return texts.size();
    }

    /** The same document as if its language had no stop-word list. */
    public LineInput withoutStopList() {
        return new LineInput(texts, ruleKinds, endMarkers, new double[texts.size()], false, heuristicGood, heuristicMain);
    }
}
