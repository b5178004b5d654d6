package io.newsprep.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceDecoderTest {

    private final SequenceDecoder decoder = new SequenceDecoder(2, 0.5, 1);

    @Test
    void aRelatedStoriesBoxInsideAnArticleGoesAndBothHalvesStay() {
        // menu, article, "Related stories" box of three teasers, article again, footer
        double[] p = {0.05, 0.02, 0.9, 0.95, 0.85, 0.1, 0.05, 0.08, 0.04, 0.9, 0.92, 0.03, 0.02};
        boolean[] body = decoder.decode(p, new boolean[p.length]);
        assertThat(body).containsExactly(false, false, true, true, true, false, false, false, false, true, true, false,
                false);
    }

    @Test
    void aSingleDoubtfulLineInsideTheArticleStaysWithIt() {
        double[] p = {0.9, 0.9, 0.35, 0.9, 0.9};
        assertThat(decoder.decode(p, new boolean[5])).containsExactly(true, true, true, true, true);
        assertThat(new SequenceDecoder(0, 0.5, 1).decode(p, new boolean[5])).containsExactly(true, true, false, true, true);
    }

    @Test
    void linesTakenByARuleAreOtherAndDoNotSplitARun() {
        double[] p = {0.9, 0.01, 0.9};
        boolean[] skip = {false, true, false};
        assertThat(decoder.decode(p, skip)).containsExactly(true, false, true);
    }

    @Test
    void aPageWhereEveryLineScoresLowKeepsItsBestLinesUnderARelativeThreshold() {
        double[] p = {0.02, 0.3, 0.28, 0.03};
        assertThat(decoder.decode(p, new boolean[4])).containsExactly(false, false, false, false);
        assertThat(new SequenceDecoder(0.5, 0.5, 0.6).decode(p, new boolean[4])).containsExactly(false, true, true, false);
    }

    @Test
    void emptyDocument() {
        assertThat(decoder.decode(new double[0], new boolean[0])).isEmpty();
    }
}
