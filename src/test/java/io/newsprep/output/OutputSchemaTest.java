package io.newsprep.output;

import io.newsprep.pipeline.Article;
import io.newsprep.clean.LineKind;
import io.newsprep.clean.SectionChooser;
import io.newsprep.input.RejectReason;
import io.newsprep.output.run.RunReport;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.output.run.RunReportJson;
import io.newsprep.output.run.RunSettings;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;
import io.newsprep.publisher.PublisherMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas accept what the writers write and refuse a record with a wrong type, a missing or an unknown key; and
 * they list exactly the fields, reasons, kinds and options the code has, so that neither drifts from the other.
 */
class OutputSchemaTest {

    private static final Instant START = Instant.parse("2026-11-22T05:30:12Z");

    @Test
    void anArticleAsWrittenConformsAndABrokenOneDoesNot() {
        String line = new ArticleJson().toLine(Articles.sample().withChange(Article.NEW));
        assertThat(OutputSchemas.ARTICLE.errors(line)).isEmpty();
        assertThat(OutputSchemas.ARTICLE.errors(new ArticleJson().toLine(Articles.withNulls().withChange(Article.CHANGED)))).isEmpty();

        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.put("word_count", "11"))).singleElement().asString()
                .contains("word_count");
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.remove("title"))).singleElement().asString().contains("title");
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.put("language_confidence", 1.5))).isNotEmpty();
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.put("id", "not-hex"))).isNotEmpty();
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.put("source_method", "guess"))).isNotEmpty();
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.putArray("authors").add(3))).isNotEmpty();
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> ((ObjectNode) a.get("removed").get(0)).put("kind", "body")))
                .isNotEmpty();
        assertThat(broken(OutputSchemas.ARTICLE, line, a -> a.put("surprise", true))).singleElement().asString()
                .contains("surprise");
    }

    @Test
    void aRejectAsWrittenConformsAndABrokenOneDoesNot() {
        String line = new RejectJson().toLine(new Reject("a/b.txt", RejectReason.DUPLICATE, "same bytes as a/a.txt",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "a/a.txt"));
        assertThat(OutputSchemas.REJECT.errors(line)).isEmpty();
        assertThat(OutputSchemas.REJECT.errors(new RejectJson().toLine(
                new Reject("c.bin", RejectReason.UNREADABLE, "permission denied", null)))).isEmpty();

        assertThat(broken(OutputSchemas.REJECT, line, r -> r.put("reason", "bad_luck"))).isNotEmpty();
        assertThat(broken(OutputSchemas.REJECT, line, r -> r.remove("message"))).isNotEmpty();
        assertThat(broken(OutputSchemas.REJECT, line, r -> r.put("message", "line one\n\tat Foo.bar()"))).isNotEmpty();
    }

    @Test
    void aReportAsWrittenConformsAndABrokenOneDoesNot() {
        String json = new RunReportJson().toJson(report());
        assertThat(OutputSchemas.REPORT.errors(json)).isEmpty();

        assertThat(broken(OutputSchemas.REPORT, json, r -> ((ObjectNode) r.get("counts")).put("articles", "1"))).isNotEmpty();
        assertThat(broken(OutputSchemas.REPORT, json, r -> ((ObjectNode) r.get("counts")).remove("changed"))).isNotEmpty();
        assertThat(broken(OutputSchemas.REPORT, json, r -> ((ObjectNode) r.get("rejects_by_reason")).remove("empty")))
                .isNotEmpty();
        assertThat(broken(OutputSchemas.REPORT, json, r -> r.remove("versions"))).isNotEmpty();
        assertThat(broken(OutputSchemas.REPORT, json, r -> ((ObjectNode) r.get("options")).put("threads", "2")))
                .isNotEmpty();
        assertThat(broken(OutputSchemas.REPORT, json, r -> ((ObjectNode) r.get("languages").get("en"))
                .put("mean_confidence", "high"))).isNotEmpty();
    }

    @Test
    void theSchemasNameWhatTheCodeWrites() throws IOException {
        JsonNode article = schema(OutputSchemas.ARTICLE);
        // body_truncated is a CSV column only; removed and removed_counts depend on --removed
        assertThat(names(article.get("properties"))).containsExactlyElementsOf(
                Arrays.stream(ArticleField.values()).filter(f -> f != ArticleField.BODY_TRUNCATED)
                        .map(ArticleField::key).toList());
        assertThat(texts(article.get("required"))).containsExactlyElementsOf(names(article.get("properties")).stream()
                .filter(name -> !name.equals("removed") && !name.equals("removed_counts")).toList());
        List<String> kinds = Arrays.stream(LineKind.values()).filter(k -> k != LineKind.BODY).map(LineKind::code).toList();
        assertThat(texts(article.get("$defs").get("kind").get("enum"))).containsExactlyElementsOf(kinds);
        assertThat(texts(article.get("properties").get("source_method").get("enum"))).containsExactlyElementsOf(
                Arrays.stream(PublisherMethod.values()).map(PublisherMethod::code).toList());
        List<String> sectionMethods = new ArrayList<>(SectionChooser.METHODS);
        sectionMethods.add(""); // null, as texts() reads it
        assertThat(texts(article.get("properties").get("section_method").get("enum")))
                .containsExactlyElementsOf(sectionMethods);

        List<String> reasons = Arrays.stream(RejectReason.values()).map(RejectReason::code).toList();
        assertThat(texts(schema(OutputSchemas.REJECT).get("properties").get("reason").get("enum")))
                .containsExactlyElementsOf(reasons);

        JsonNode report = schema(OutputSchemas.REPORT).get("properties");
        Map<String, Object> written = new RunReportJson().readMap(new RunReportJson().toJson(report()));
        assertThat(names(report)).containsExactlyElementsOf(written.keySet());
        assertThat(texts(report.get("rejects_by_reason").get("required"))).containsExactlyElementsOf(reasons);
        assertThat(texts(report.get("removed_by_kind").get("required"))).containsExactlyElementsOf(kinds);
        assertThat(texts(report.get("options").get("required"))).containsExactlyElementsOf(RunSettings.OPTION_NAMES);
        assertThat(texts(report.get("versions").get("required"))).containsExactlyElementsOf(RunSettings.VERSION_NAMES);
    }

    /** A report with a bit of everything, as the job builds it. */
    private static RunReport report() {
        RunReportBuilder builder = new RunReportBuilder("20261122T053012Z-4f2a", START);
        builder.record(new Outcome.Accepted(Articles.sample()));
        builder.record(new Outcome.Accepted(Articles.withPublisher(null, "Daily Planet")));
        builder.record(new Outcome.Rejected(new Reject("b.txt", RejectReason.EMPTY, "empty file", null)));
        for (String count : List.of("new", "changed", "reprocessed", "moved", "unchanged_skipped", "files_listed")) {
            builder.addCount(count, 1);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reprocess", false);
        options.put("only", null);
        options.put("threads", 2);
        options.put("max_file_size_mb", 20L);
        options.put("profiles", null);
        options.put("repository", "jdbc:hsqldb:file:/out/.newsprep/repository/newsprep");
        options.put("line_model", false);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("newsprep", "0.1.0");
        versions.put("line_model", null);
        versions.put("headline_model", "1");
        RunSettings settings = new RunSettings(options, "/in", "/out", "/out/runs/20261122T053012Z-4f2a", versions);
        return builder.build(START.plusSeconds(3)).with(settings,
                List.of(new RunReport.PastRun("20261121T053012Z-0001", START.minusSeconds(86_400), 4, 3, 1, 600)));
    }

    private static List<String> broken(OutputSchemas schema, String json, Consumer<ObjectNode> change) {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(json);
        change.accept(node);
        return schema.errors(Json.MAPPER.writeValueAsString(node));
    }

    private static JsonNode schema(OutputSchemas schema) throws IOException {
        try (InputStream in = OutputSchemaTest.class.getResourceAsStream(schema.resource())) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        ((ArrayNode) array).forEach(n -> texts.add(n.asString()));
        return texts;
    }
}
