package io.newsprep.job;

import io.newsprep.output.run.DeletedJsonl;
import io.newsprep.pipeline.ArticleIds;
import io.newsprep.store.FileLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' view over nightly runs: current/ after a folder was ingested, one file changed, one deleted and one
 * added, read with DuckDB as an analyst would; the runs' Parquet files as one table; the README's SQL.
 */
class AnalystTableTest extends IngestJobTestSupport {

    @Autowired
    FileLedger ledger;

    private static String records(String... topics) {
        StringBuilder out = new StringBuilder();
        for (String topic : topics) {
            out.append("{\"url\": \"https://news.example/").append(topic).append("\", \"text\": ")
                    .append(io.newsprep.output.Json.MAPPER.writeValueAsString(article(topic))).append("}\n");
        }
        return out.toString();
    }

    private IngestResult ingestOnly(String glob) throws Exception {
        return launcher.run(new IngestRequest(input(), output(), false, glob));
    }

    private List<Map<String, Object>> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // paths as the README writes them (output/...) and as seen from inside the output folder (current/...)
            s.execute("SET file_search_path = '" + output().getParent() + "," + output() + "'");
            try (ResultSet rs = s.executeQuery(sql)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private Map<String, Map<String, Object>> current() throws Exception {
        Map<String, Map<String, Object>> bySource = new LinkedHashMap<>();
        for (Map<String, Object> row : query("SELECT source_file, doc_id, change, run_id, body"
                + " FROM read_parquet('current/articles.parquet') ORDER BY source_file")) {
            bySource.put((String) row.get("source_file"), row);
        }
        return bySource;
    }

    @Test
    void currentHoldsExactlyTheLiveDocumentsAtTheirLatestVersionAndTheDeletedOneIsRecorded() throws Exception {
        write("a.txt", article("harbour"));
        write("b.txt", article("trams"));
        write("c.txt", article("schools"));
        write("feed/pages.jsonl", records("bridges", "parks"));
        IngestResult first = ingest(false);
        Map<String, Map<String, Object>> before = current();
        assertThat(before).hasSize(5);

        write("a.txt", article("harbour").replace("\n©", "\nA late fourth paragraph tells how the harbour master"
                + " reopened the quay on Sunday morning after the storm had passed over the bay.\n©"));
        Files.delete(input().resolve("b.txt"));
        write("d.txt", article("libraries"));
        IngestResult second = ingest(false);

        Map<String, Map<String, Object>> after = current();
        String feed0 = "feed/pages.jsonl#0";
        assertThat(after.keySet()).containsExactly("a.txt", "c.txt", "d.txt", feed0,
                after.keySet().stream().filter(k -> k.startsWith("feed/pages.jsonl#") && !k.equals(feed0)).findFirst().orElseThrow());
        assertThat(after.get("a.txt").get("doc_id")).isEqualTo(before.get("a.txt").get("doc_id"))
                .isEqualTo(ArticleIds.fromAddress("a.txt"));
        assertThat(after.get("a.txt")).containsEntry("change", "changed").containsEntry("run_id", second.runId());
        assertThat((String) after.get("a.txt").get("body")).contains("late fourth paragraph");
        assertThat(after.get("c.txt")).containsEntry("change", "new").containsEntry("run_id", first.runId());
        assertThat(after.get("d.txt")).containsEntry("change", "new").containsEntry("run_id", second.runId());
        assertThat(after.get(feed0)).containsEntry("run_id", first.runId());

        List<DeletedJsonl.Entry> deleted = DeletedJsonl.read(second.runFolder().resolve(DeletedJsonl.FILE_NAME));
        assertThat(deleted).extracting(DeletedJsonl.Entry::sourceFile).containsExactly("b.txt");
        assertThat(deleted.get(0).docId()).isEqualTo(before.get("b.txt").get("doc_id"));
        assertThat(deleted.get(0).lastRunId()).isEqualTo(first.runId());
        assertThat(Files.readString(first.runFolder().resolve(DeletedJsonl.FILE_NAME))).isEmpty();

        String inputDir = input().toAbsolutePath().normalize().toString();
        assertThat(ledger.deletedDocuments(inputDir)).isEqualTo(1);
        assertThat(ledger.liveArticles(inputDir)).isEqualTo(after.size());
        assertThat(Files.readString(output().resolve("current/current.json")))
                .contains("\"run_id\":\"" + second.runId() + "\"", "\"articles\":5");
        assertThat(Files.readSymbolicLink(output().resolve("current")).toString()).endsWith(second.runId());

        // a third run with nothing new leaves current/ as it was, and deletes nothing
        IngestResult third = ingest(false);
        assertThat(current().keySet()).isEqualTo(after.keySet());
        assertThat(Files.readString(third.runFolder().resolve(DeletedJsonl.FILE_NAME))).isEmpty();
    }

    @Test
    void aRunOverPartOfTheFolderDeletesNothingOutsideIt() throws Exception {
        write("a/x.txt", article("harbour"));
        write("b/y.txt", article("trams"));
        ingest(false);

        Files.delete(input().resolve("b/y.txt"));
        IngestResult onlyA = ingestOnly("a/**");
        assertThat(Files.readString(onlyA.runFolder().resolve(DeletedJsonl.FILE_NAME))).isEmpty();
        assertThat(current().keySet()).containsExactly("a/x.txt", "b/y.txt");

        IngestResult everything = ingest(false);
        assertThat(DeletedJsonl.read(everything.runFolder().resolve(DeletedJsonl.FILE_NAME)))
                .extracting(DeletedJsonl.Entry::sourceFile).containsExactly("b/y.txt");
        assertThat(current().keySet()).containsExactly("a/x.txt");
    }

    @Test
    void aMovedFileKeepsItsArticleInCurrentUnderItsNewAddress() throws Exception {
        write("a.txt", article("harbour"));
        write("b.txt", article("trams"));
        ingest(false);

        Files.move(input().resolve("b.txt"), Files.createDirectories(input().resolve("archive")).resolve("b.txt"));
        IngestResult moved = ingest(false);

        assertThat(DeletedJsonl.read(moved.runFolder().resolve(DeletedJsonl.FILE_NAME)))
                .extracting(DeletedJsonl.Entry::sourceFile, DeletedJsonl.Entry::movedTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b.txt", "archive/b.txt"));
        Map<String, Map<String, Object>> current = current();
        assertThat(current.keySet()).containsExactly("a.txt", "archive/b.txt");
        assertThat(current.get("archive/b.txt")).containsEntry("doc_id", ArticleIds.fromAddress("archive/b.txt"))
                .containsEntry("change", "moved");
        assertThat(ledger.liveArticles(input().toAbsolutePath().normalize().toString())).isEqualTo(2);
    }

    @Test
    void duckDbReadsCurrentAndEveryRunsParquetWithTypedColumns() throws Exception {
        write("a.txt", article("harbour"));
        write("b.txt", article("trams"));
        IngestResult first = ingest(false);
        write("c.txt", article("schools"));
        IngestResult second = ingest(false);

        long inRuns = articles(first).size() + articles(second).size();
        assertThat(query("SELECT count(*) AS n FROM read_parquet('runs/*/articles.parquet')").get(0).get("n"))
                .isEqualTo(inRuns).isEqualTo(3L);
        assertThat(query("SELECT count(*) AS n FROM read_parquet('current/articles.parquet')").get(0).get("n"))
                .isEqualTo(3L);

        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> row : query("DESCRIBE SELECT * FROM read_parquet('current/articles.parquet')")) {
            types.put((String) row.get("column_name"), (String) row.get("column_type"));
        }
        assertThat(types).containsEntry("doc_id", "VARCHAR")
                .containsEntry("subtitles", "VARCHAR[]")
                .containsEntry("authors", "VARCHAR[]")
                .containsEntry("published", "TIMESTAMP WITH TIME ZONE")
                .containsEntry("published_offset", "VARCHAR")
                .containsEntry("published_precision", "VARCHAR")
                .containsEntry("language_confidence", "DOUBLE")
                .containsEntry("word_count", "INTEGER")
                .containsEntry("removed_count", "INTEGER")
                .containsEntry("ingested_at", "TIMESTAMP WITH TIME ZONE");
        assertThat(query("SELECT count(*) AS n FROM read_parquet('runs/*/articles.parquet')"
                + " WHERE word_count > 20 AND ingested_at IS NOT NULL").get(0).get("n")).isEqualTo(3L);
    }

    @Test
    void theReadmesDuckDbQueriesRunOnARealOutputFolder() throws Exception {
        write("a.txt", article("harbour"));
        write("b.txt", "Dated story about the harbour\nPublished: 2024-11-04\n" + article("quays"));
        ingest(false);
        write("c.txt", article("schools"));
        ingest(false);

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## For analysts");
        assertThat(section).as("the README's analysts' section").isPositive();
        int end = readme.indexOf("\n## ", section + 1);
        Matcher sql = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(section, end < 0 ? readme.length() : end));
        int statements = 0;
        while (sql.find()) {
            for (String statement : sql.group(1).split(";")) {
                String text = statement.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!text.isEmpty()) {
                    assertThat(query(text)).as(text).isNotEmpty();
                    statements++;
                }
            }
        }
        assertThat(statements).isGreaterThanOrEqualTo(3);
    }
}
