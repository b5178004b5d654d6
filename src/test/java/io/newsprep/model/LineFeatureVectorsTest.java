package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineFeatureVectorsTest {

    private static LineInput input(List<String> lines, String... kinds) {
        String[] ruleKinds = new String[lines.size()];
        System.arraycopy(kinds, 0, ruleKinds, 0, kinds.length);
        return new LineInput(lines, ruleKinds, new boolean[lines.size()], new double[lines.size()], false,
                new boolean[lines.size()], new boolean[lines.size()]);
    }

    private static float value(float[][] rows, int line, String feature) {
        return rows[line][LineFeatureVectors.NAMES.indexOf(feature)];
    }

    @Test
    void sentenceEndsInAnyScript() {
        float[][] rows = LineFeatureVectors.of(input(List.of("भारत ने आज नई नीति की घोषणा की।", "یہ ایک جملہ ہے۔",
                "这是一个句子。", "He said “yes.”", "Menu", "Read more:")));
        assertThat(value(rows, 0, "sentence_end")).isEqualTo(1);
        assertThat(value(rows, 1, "sentence_end")).isEqualTo(1);
        assertThat(value(rows, 2, "sentence_end")).isEqualTo(1);
        assertThat(value(rows, 3, "sentence_end")).isEqualTo(1);
        assertThat(value(rows, 4, "sentence_end")).isEqualTo(0);
        assertThat(value(rows, 5, "colon_end")).isEqualTo(1);
    }

    @Test
    void ownShapeRuleKindsAndNeighbours() {
        float[][] rows = LineFeatureVectors.of(input(List.of("Home | News | Sport", "• Share this", "The 3 ministers met."),
                "navigation", null, null));
        assertThat(value(rows, 0, "separators")).isEqualTo(2);
        assertThat(value(rows, 0, "rule_navigation")).isEqualTo(1);
        assertThat(value(rows, 1, "rule_navigation")).isEqualTo(0);
        assertThat(value(rows, 1, "bullet")).isEqualTo(1);
        assertThat(value(rows, 1, "ui_rate")).isGreaterThan(0);
        assertThat(value(rows, 2, "digits")).isCloseTo(1f / 20, within(1e-6f));
        assertThat(value(rows, 1, "ruled@-1")).isEqualTo(1);
        assertThat(value(rows, 0, "ruled@-1")).as("before the first line").isEqualTo(-1);
        assertThat(value(rows, 1, "ruled~3")).isCloseTo(1f / 3, within(1e-6f));
        assertThat(value(rows, 2, "relative_position")).isEqualTo(1);
    }

    @Test
    void repeatsInTheDocument() {
        float[][] rows = LineFeatureVectors.of(input(List.of("Subscribe", "Text of the article.", "subscribe")));
        assertThat(value(rows, 0, "log_repeats")).isCloseTo((float) Math.log(2), within(1e-6f));
        assertThat(value(rows, 1, "log_repeats")).isEqualTo(0);
    }
}
