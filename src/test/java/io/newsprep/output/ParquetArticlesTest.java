package io.newsprep.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParquetArticlesTest {

    private static Map<String, Object> article(int i, String body, String published) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("doc_id", "d" + i);
        a.put("id", "i" + i);
        a.put("source_file", "f" + i + ".txt");
        a.put("authors", List.of("A" + i, "B"));
        a.put("published", published);
        a.put("body", body);
        a.put("removed_counts", Map.of("navigation", 2, "widget", i));
        a.put("ingested_at", "2026-11-22T05:30:14.5Z");
        return a;
    }

    @Test
    void readersGetBackEveryValueWrittenWithBodiesRepeatedOrNotAndDatesSharedByTwoColumns(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("a.parquet");
        List<Map<String, Object>> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String body = i % 3 == 0 ? "the same body, repeated" : ("body " + i + " ").repeat(40);
            String published = i % 2 == 0 ? "2024-11-04T10:00:00+09:00" : i % 5 == 0 ? null : "2024-11-0" + (1 + i % 9);
            written.add(article(i, body, published));
        }
        try (ParquetArticles out = ParquetArticles.create(file)) {
            for (Map<String, Object> a : written) {
                out.write(a);
            }
        }

        assertThat(Files.size(file)).isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_id, body, epoch_ms(published) AS p, published_offset,"
                     + " removed_count, len(authors) AS n FROM read_parquet('" + file + "') ORDER BY CAST(substr(doc_id, 2) AS INT)")) {
            int i = 0;
            while (rs.next()) {
                Map<String, Object> a = written.get(i);
                assertThat(rs.getString("doc_id")).isEqualTo(a.get("doc_id"));
                assertThat(rs.getString("body")).isEqualTo(a.get("body"));
                String published = (String) a.get("published");
                if (published == null) {
                    assertThat(rs.getObject("p")).isNull();
                } else if (published.contains("+09:00")) {
                    assertThat(rs.getLong("p")).isEqualTo(java.time.OffsetDateTime.parse(published).toInstant().toEpochMilli());
                    assertThat(rs.getString("published_offset")).isEqualTo("+09:00");
                } else {
                    assertThat(rs.getLong("p")).isEqualTo(java.time.LocalDate.parse(published)
                            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
                }
                assertThat(rs.getInt("removed_count")).isEqualTo(2 + i);
                assertThat(rs.getInt("n")).isEqualTo(2);
                i++;
            }
            assertThat(i).isEqualTo(written.size());
        }
    }
}
