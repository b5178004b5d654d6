package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockFeaturesTest {

    private static final String PARAGRAPH = "The council met on Monday and agreed to pay for two floating barriers that"
            + " will catch rubbish before it reaches the weir, the organisers said.";

    private static float value(float[][] rows, int line, String feature) {
        return rows[line][LineFeatureVectors.NAMES.indexOf(feature)];
    }

    private static float[][] rows(List<String> lines, boolean[] labels) {
        int n = lines.size();
        return LineFeatureVectors.of(new LineInput(lines, new String[n], labels, new double[n], false, new boolean[n],
                new boolean[n]));
    }

    @Test
    void anArticleSplitByABoxHasTwoMajorBlocksAndTheBoxLinksSitBelowItsLabel() {
        List<String> lines = new ArrayList<>(List.of("Home", "News", "Sport", PARAGRAPH, PARAGRAPH, PARAGRAPH,
                "Read more", "Council approves new cycle lanes", "Flood defences to be raised", "Town market turns 800",
                "Rail strike called off", PARAGRAPH, PARAGRAPH, PARAGRAPH, "About us", "Contact", "Privacy"));
        boolean[] labels = new boolean[lines.size()];
        labels[6] = true;
        float[][] rows = rows(lines, labels);
        assertThat(value(rows, 4, "in_major_block")).isEqualTo(1);
        assertThat(value(rows, 12, "in_major_block")).as("the half below the box").isEqualTo(1);
        assertThat(value(rows, 8, "in_major_block")).isEqualTo(0);
        assertThat(value(rows, 0, "from_major_block")).isNegative();
        assertThat(value(rows, 16, "from_major_block")).isPositive();
        assertThat(value(rows, 8, "below_box_label")).isEqualTo(1);
        assertThat(value(rows, 11, "below_box_label")).as("a paragraph ends the box").isEqualTo(0);
        assertThat(value(rows, 8, "shape_run")).isEqualTo((float) Math.log1p(5));
        assertThat(value(rows, 12, "block_vs_largest")).isEqualTo(1);
    }

    @Test
    void foreignScriptLettersAndCommentHeaders() {
        List<String> lines = List.of(PARAGRAPH, "Новости дня", "Anna on 13 Sept 2012 at 4:15 pm said:", "Score 12:345");
        float[][] rows = rows(lines, new boolean[lines.size()]);
        assertThat(value(rows, 0, "foreign_script")).isZero();
        assertThat(value(rows, 1, "foreign_script")).isEqualTo(1);
        assertThat(value(rows, 2, "comment_cue")).isEqualTo(1);
        assertThat(value(rows, 3, "comment_cue")).as("not a time of day").isZero();
        assertThat(value(rows, 0, "comment_cue~8")).isEqualTo(0.25f);
    }
}
