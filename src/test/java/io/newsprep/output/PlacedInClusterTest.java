package io.newsprep.output;

import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A record rewritten with a cluster's fields is the record the format writes for the article in that cluster. */
class PlacedInClusterTest {

    private static final String TRICKY_BODY = "He said \"cluster_id\":\"x\",\"duplicate_of\":null, then left.\n"
            + "=SUM(A1), a line, with commas\r\nand \"quotes\"";

    @Test
    void everyFormatsRecordGetsTheClusterFieldsItWouldHaveBeenWrittenWith() {
        Article plain = Articles.withText("A title, \"quoted\"", List.of("sub"), List.of("An Author"), TRICKY_BODY);
        Article alone = plain.inCluster(plain.id(), null, null);
        Article copy = plain.inCluster("00aa11bb22cc33dd", "00aa11bb22cc33dd", 0.8125);
        for (OutcomeFormat format : List.of(new ArticlesJsonl(), new ArticlesJsonl(RemovedLines.LINES),
                new ArticlesJsonl(RemovedLines.NONE), new ArticlesCsv(), new ArticlesParquet())) {
            byte[] written = format.encode(new Outcome.Accepted(alone));
            byte[] placed = format.placedInCluster(written, alone.id(), "00aa11bb22cc33dd", "00aa11bb22cc33dd", 0.8125);
            assertThat(new String(placed, java.nio.charset.StandardCharsets.UTF_8)).as(format.fileName())
                    .isEqualTo(new String(format.encode(new Outcome.Accepted(copy)), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFormatWithoutArticlesLeavesItsRecordAlone() {
        byte[] record = "{\"reason\":\"empty\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new RejectsJsonl().placedInCluster(record, "id", "c", "c", 0.9)).isSameAs(record);
    }
}
