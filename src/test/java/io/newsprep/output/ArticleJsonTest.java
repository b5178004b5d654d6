package io.newsprep.output;

import io.newsprep.pipeline.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonTest {

    private final ArticleJson json = new ArticleJson();

    @Test
    void writesTheContractFieldsInContractOrder() {
        Map<String, Object> fields = json.readMap(json.toLine(Articles.sample()));

        assertThat(fields.keySet()).containsExactly("id", "source_file", "url", "title", "subtitles", "authors",
                "published", "section", "body", "language", "language_confidence", "source_domain", "source_name",
                "source_method", "encoding", "word_count", "removed", "content_sha256", "run_id", "ingested_at",
                "pipeline_version", "doc_id", "change", "published_precision", "published_raw", "removed_counts",
                "crawled_at", "warc_record_id", "encoding_errors", "cluster_id", "duplicate_of",
                "duplicate_similarity", "published_method", "authors_method", "section_method", "source_name_method");
        assertThat(fields.get("subtitles")).isEqualTo(List.of("Chips lead the gains"));
        assertThat(fields.get("word_count")).isEqualTo(11);
        assertThat(fields.get("language_confidence")).isEqualTo(0.9871);
    }

    @Test
    void writesTheNearDuplicateFieldsLastAndReadsThemBack() {
        Article copy = Articles.sample().inCluster("0011223344556677", "0011223344556677", 0.82);

        Map<String, Object> fields = json.readMap(json.toLine(copy));

        assertThat(fields).containsEntry("cluster_id", "0011223344556677").containsEntry("duplicate_of", "0011223344556677")
                .containsEntry("duplicate_similarity", 0.82);
        assertThat(json.readArticle(json.toLine(copy))).isEqualTo(copy);
    }

    @Test
    void writesAbsentValuesAsNullRatherThanLeavingThemOut() {
        String line = json.toLine(Articles.withNulls());

        assertThat(line).contains("\"url\":null", "\"title\":null", "\"published\":null", "\"section\":null",
                "\"source_domain\":null", "\"source_name\":null", "\"subtitles\":[]", "\"removed\":[]");
        assertThat(json.readMap(line)).hasSize(ArticleField.values().length - 1); // body_truncated is CSV's
    }

    @Test
    void writesEachRemovedLineWithItsNumberKindCodeRuleAndText() {
        String line = json.toLine(Articles.sample());

        assertThat(line).contains("\"removed\":[{\"line\":1,\"kind\":\"navigation\",\"rule\":\"nav.pipes\","
                + "\"text\":\"Home | World | Economy\"},{\"line\":9,\"kind\":\"copyright\"");
    }

    @Test
    void roundsLanguageConfidenceToFourDecimals() {
        assertThat(json.readMap(json.toLine(Articles.withConfidence(0.987654321))).get("language_confidence"))
                .isEqualTo(0.9877);
        assertThat(json.readMap(json.toLine(Articles.withConfidence(Double.NaN))).get("language_confidence"))
                .isEqualTo(0.0);
    }

    @Test
    void keepsEachArticleOnOneLineEvenWithMultiLineText() {
        String line = json.toLine(Articles.withText("Title\nwith break", List.of("a\r\nb"), List.of(), "p1\n\np2"));

        assertThat(line).doesNotContain("\n", "\r").startsWith("{").endsWith("}");
    }

    @Test
    void escapesCharactersThatCommonLineSplittersTreatAsLineBreaks() {
        Article article = Articles.withText("a\u2028b\u2029c\u0085d", List.of(), List.of(), "body");

        String line = json.toLine(article);

        assertThat(line).doesNotContain("\u2028", "\u2029", "\u0085").contains("a\\u2028b\\u2029c\\u0085d");
        assertThat(line.lines()).hasSize(1);
        assertThat(json.readArticle(line).title()).isEqualTo("a\u2028b\u2029c\u0085d");
    }

    @Test
    void readsBackTheArticleItWrote() {
        Article article = Articles.sample();

        assertThat(json.readArticle(json.toLine(article))).isEqualTo(article);
        assertThat(json.readArticle(json.toLine(Articles.withNulls()))).isEqualTo(Articles.withNulls());
    }

    @Test
    void writesValidUtf8ForEmojiLoneSurrogatesAndControlCharacters(@TempDir Path dir) throws Exception {
        String odd = "Rocket \uD83D\uDE80 half \uD83D alone \uDE00 bell \u0007 nul \u0000 end";
        Article article = Articles.withText(odd, List.of("\uDBFF"), List.of("정민수 \uD83D\uDC4D"), "본문 " + odd);
        Path file = dir.resolve("articles.jsonl");

        Files.writeString(file, json.toLine(article) + "\n", StandardCharsets.UTF_8);

        byte[] bytes = Files.readAllBytes(file);
        String decoded = strictUtf8(bytes);
        assertThat(decoded.chars()).noneMatch(c -> c < 0x20 && c != '\n');
        Article back = json.readArticle(decoded.strip());
        assertThat(back.title()).isEqualTo("Rocket \uD83D\uDE80 half \uFFFD alone \uFFFD bell \u0007 nul \u0000 end");
        assertThat(back.subtitles()).containsExactly("\uFFFD");
        assertThat(back.authors()).containsExactly("정민수 \uD83D\uDC4D");
        assertThat(back.body()).startsWith("본문 Rocket \uD83D\uDE80");
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
