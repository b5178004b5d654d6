package io.newsprep.output.run;

import io.newsprep.output.ArticleJson;
import io.newsprep.output.Articles;
import io.newsprep.output.Json;
import io.newsprep.output.RemovedLines;
import io.newsprep.pipeline.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLineTest {

    @Test
    void findsTheTopLevelAddressWhereverItStandsAndNotOneInsideAValue() {
        assertThat(ArticleLine.sourceFile("{\"id\":\"x\",\"source_file\":\"a/b.txt\",\"body\":\"…\"}")).isEqualTo("a/b.txt");
        assertThat(ArticleLine.sourceFile("{\"removed\":[{\"source_file\":\"inner\"}],\"meta\":{\"source_file\":\"deeper\"},"
                + "\"source_file\":\"f.jsonl#12\"}")).isEqualTo("f.jsonl#12");
        assertThat(ArticleLine.sourceFile("{\"body\":\"\\\"source_file\\\":\\\"quoted\\\"\"}")).isNull();
        assertThat(ArticleLine.sourceFile("{\"source_file\":null}")).isNull();
    }

    @Test
    void aLineIsARowWhenItHasADocIdAndNoRemovedLines() {
        assertThat(ArticleLine.isRow("{\"source_file\":\"a\",\"doc_id\":\"d\"}")).isTrue();
        assertThat(ArticleLine.isRow("{\"source_file\":\"a\"}")).isFalse();
        assertThat(ArticleLine.isRow("{\"source_file\":\"a\",\"doc_id\":null}")).isFalse();
        assertThat(ArticleLine.isRow("{\"source_file\":\"a\",\"removed\":[],\"doc_id\":\"d\"}")).isFalse();
        assertThat(ArticleLine.isRow("{\"meta\":{\"removed\":1},\"doc_id\":\"d\"}")).isTrue();
        assertThat(ArticleLine.isRow(" {\"doc_id\":\"d\"}")).isFalse();
    }

    @Test
    void aRowCopiedAsItIsEqualsTheRowReadAndWrittenAgain() {
        // what makes the copy safe: the mapper gives back the characters the run wrote, escapes and numbers included
        Article a = Articles.withText("Line\u2028split\u0085 \"quoted\" / é 😀 \u0001", List.of("sub"),
                List.of("A. Writer"), "Body one.\n\nBody\ttwo \\ end.");
        for (Article article : List.of(a, Articles.withConfidence(0.1234), Articles.withConfidence(1.0), Articles.withNulls())) {
            String line = new ArticleJson(RemovedLines.COUNTS).toLine(article); // the run's articles.jsonl
            Map<String, Object> map = new ArticleJson().readMap(line);

            assertThat(ArticleLine.isRow(line)).isTrue();
            assertThat(Json.MAPPER.writeValueAsString(map)).isEqualTo(line);
            assertThat(ArticleLine.sourceFile(line)).isEqualTo(article.sourceFile());
        }
    }
}
