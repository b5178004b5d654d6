package io.newsprep.output.run;

import io.newsprep.output.ArticleJson;
import io.newsprep.pipeline.ArticleIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentTableTest {

    @TempDir
    Path output;

    private static String article(String sourceFile, String body, String runId, boolean old) {
        String line = "{\"id\":\"" + Integer.toHexString(body.hashCode()) + "\",\"source_file\":\"" + sourceFile
                + "\",\"url\":null,\"title\":\"T\",\"subtitles\":[],\"authors\":[\"A\"],\"published\":\"2024-11-04\","
                + "\"section\":null,\"body\":\"" + body + "\",\"language\":\"en\",\"language_confidence\":0.9,"
                + "\"source_domain\":null,\"source_name\":null,\"source_method\":\"none\",\"encoding\":\"UTF-8\","
                + "\"word_count\":3,\"removed\":[{\"line\":1,\"kind\":\"navigation\",\"rule\":\"r\",\"text\":\"Home\"}],"
                + "\"content_sha256\":\"00\",\"run_id\":\"" + runId + "\",\"ingested_at\":\"2026-11-22T05:30:14.5Z\","
                + "\"pipeline_version\":\"0.1.0\"";
        return old ? line + "}" : line + ",\"doc_id\":\"" + ArticleIds.fromAddress(sourceFile) + "\",\"change\":\"changed\"}";
    }

    private void run(String runId, List<String> articles, List<String> rejected, List<DeletedJsonl.Entry> deleted)
            throws IOException {
        Path dir = Files.createDirectories(output.resolve("runs").resolve(runId));
        Files.writeString(dir.resolve("articles.jsonl"), String.join("", articles.stream().map(a -> a + "\n").toList()));
        Files.writeString(dir.resolve("rejects.jsonl"), String.join("", rejected.stream()
                .map(r -> "{\"source_file\":\"" + r + "\",\"reason\":\"no_article\",\"message\":\"m\"}\n").toList()));
        if (deleted != null) {
            DeletedJsonl.write(dir.resolve(DeletedJsonl.FILE_NAME), deleted);
        }
    }

    private Map<String, Map<String, Object>> rows() throws IOException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        ArticleJson json = new ArticleJson();
        for (String line : Files.readAllLines(output.resolve("current/articles.jsonl"), StandardCharsets.UTF_8)) {
            Map<String, Object> row = json.readMap(line);
            out.put((String) row.get("source_file"), row);
        }
        return out;
    }

    private CurrentTable table(Runnable beforeSwap) {
        return new CurrentTable(output, Set.of("parquet", "jsonl", "csv"), beforeSwap);
    }

    @Test
    void buildsFromRunFoldersWrittenBeforeItAndAppliesChangesRejectsAndDeletionsInOrder() throws IOException {
        run("20260101T000000Z-0001", List.of(article("a.txt", "one", "r1", true), article("b.txt", "two", "r1", true),
                article("c.txt", "three", "r1", true), article("f.jsonl#0", "four", "r1", true),
                article("f.jsonl#90", "five", "r1", true)), List.of(), null);
        run("20260102T000000Z-0002", List.of(article("a.txt", "one again", "r2", false),
                article("f.jsonl#0", "four again", "r2", false)), List.of("c.txt"),
                List.of(new DeletedJsonl.Entry("b.txt", "00", "article", "x", "r1", null, "r2")));

        assertThat(table(() -> { }).update()).isEqualTo("20260102T000000Z-0002");

        Map<String, Map<String, Object>> rows = rows();
        // b deleted, c now a reject, f.jsonl read again: its old record at offset 90 is gone
        assertThat(rows.keySet()).containsExactly("a.txt", "f.jsonl#0");
        assertThat(rows.get("a.txt")).containsEntry("body", "one again").containsEntry("doc_id", ArticleIds.fromAddress("a.txt"))
                .doesNotContainKey("removed");
        assertThat(Files.readString(output.resolve("current/current.json"))).contains("\"articles\":2");
        assertThat(Files.readString(output.resolve("current/articles.csv"))).startsWith("id,").contains("one again");
        assertThat(Files.size(output.resolve("current/articles.parquet"))).isPositive();
    }

    @Test
    void anUpdateThatDiesBeforeTheSwapLeavesTheOldTableAndTheNextOneCompletesIt() throws IOException {
        run("20260101T000000Z-0001", List.of(article("a.txt", "one", "r1", false)), List.of(), List.of());
        table(() -> { }).update();
        run("20260102T000000Z-0002", List.of(article("b.txt", "two", "r2", false)), List.of(), List.of());

        assertThatThrownBy(() -> table(() -> {
            throw new IllegalStateException("killed");
        }).update()).hasMessage("killed");
        assertThat(rows().keySet()).containsExactly("a.txt");
        assertThat(Files.readSymbolicLink(output.resolve("current")).getFileName().toString())
                .isEqualTo("20260101T000000Z-0001");

        assertThat(table(() -> { }).update()).isEqualTo("20260102T000000Z-0002");
        assertThat(rows().keySet()).containsExactly("a.txt", "b.txt");
        try (var versions = Files.list(output.resolve(".newsprep/current"))) {
            assertThat(versions.map(p -> p.getFileName().toString())).containsExactly("20260102T000000Z-0002");
        }
        assertThat(table(() -> { }).update()).isEqualTo("20260102T000000Z-0002"); // nothing newer: nothing to do
    }

    @Test
    void copiesRowsThatNeedNoChangeAsTheyStandAndRewritesOnlyMovedRowsAndArticlesWithRemovedLines() throws IOException {
        String kept = article("k.txt", "kept \\u2028 \\\\ é", "r1", false).replace(
                ",\"removed\":[{\"line\":1,\"kind\":\"navigation\",\"rule\":\"r\",\"text\":\"Home\"}]", "");
        run("20260101T000000Z-0001", List.of(kept, article("m.txt", "moving", "r1", false)), List.of(), List.of());
        table(() -> { }).update();
        String fresh = kept.replace("k.txt", "n.txt").replace(ArticleIds.fromAddress("k.txt"), ArticleIds.fromAddress("n.txt"));
        run("20260102T000000Z-0002", List.of(fresh), List.of(),
                List.of(new DeletedJsonl.Entry("m.txt", "00", "article", "x", "r1", "sub/m.txt", "r2")));

        table(() -> { }).update();

        List<String> lines = Files.readAllLines(output.resolve("current/articles.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(kept);
        assertThat(lines.get(2)).isEqualTo(fresh);
        Map<String, Object> moved = new ArticleJson().readMap(lines.get(1));
        assertThat(moved).containsEntry("source_file", "sub/m.txt").containsEntry("change", "moved")
                .containsEntry("doc_id", ArticleIds.fromAddress("sub/m.txt")).doesNotContainKey("removed");
    }

    @Test
    void acceptsOnlyTheFormatsItKnows() {
        assertThat(CurrentTable.formats(" parquet, CSV ")).containsExactly("parquet", "csv");
        assertThatThrownBy(() -> CurrentTable.formats("parquet,xlsx")).hasMessageContaining("xlsx");
    }
}
