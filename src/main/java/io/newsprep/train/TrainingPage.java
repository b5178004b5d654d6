package io.newsprep.train;

import io.newsprep.model.LineInput;

/**
 * One labelled page of the training corpus.
 *
 * @param set      the corpus set it comes from (dragnet, cleaneval, readability)
 * @param host     the host of its URL, or null
 * @param input    its non-blank lines with the explicit rules' evidence
 * @param body     per line: body by the gold, after the conventions of the evaluation (no headline, bylines,
 *                 datelines or captions)
 * @param headline the line that shows the headline, or -1
 * @param gold     the gold body in the evaluation's convention (the headline line left out), for scoring
 */
record TrainingPage(String id, String set, String host, LineInput input, boolean[] body, int headline, String gold) {
}
