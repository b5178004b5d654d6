package io.newsprep.output.run;

import io.newsprep.output.Json;
import io.newsprep.pipeline.ArticleIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * deleted.jsonl in a run folder: one object per document that was in the landing folder at an earlier run and is
 * gone at this one: {@code doc_id}, {@code source_file}, {@code content_sha256}, {@code outcome} (article or reject,
 * as last recorded), {@code article_id}, {@code last_run_id} (the run that last recorded it), {@code moved_to} and
 * {@code moved_to_doc_id} (where the same bytes are now, for a file that moved; else null) and {@code run_id} (the
 * run that noticed).
 */
public final class DeletedJsonl {

    public static final String FILE_NAME = "deleted.jsonl";

    /** One deleted document. */
    public record Entry(String sourceFile, String contentSha256, String outcome, String articleId, String lastRunId,
                        String movedTo, String runId) {

        public String docId() {
            return ArticleIds.fromAddress(sourceFile);
        }
    }

    private DeletedJsonl() {
    }

    /** Writes the file atomically (an empty file when nothing was deleted). */
    public static void write(Path file, List<Entry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("doc_id", e.docId());
            line.put("source_file", e.sourceFile());
            line.put("content_sha256", e.contentSha256());
            line.put("outcome", e.outcome());
            line.put("article_id", e.articleId());
            line.put("last_run_id", e.lastRunId());
            line.put("moved_to", e.movedTo());
            line.put("moved_to_doc_id", e.movedTo() == null ? null : ArticleIds.fromAddress(e.movedTo()));
            line.put("run_id", e.runId());
            out.append(Json.MAPPER.writeValueAsString(line)).append('\n');
        }
        AtomicFiles.writeString(file, out.toString());
    }

    /** The entries of a run's file; none when the run has no such file (runs written before it existed). */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<?, ?> m = Json.MAPPER.readValue(line, Map.class);
                entries.add(new Entry(text(m, "source_file"), text(m, "content_sha256"), text(m, "outcome"),
                        text(m, "article_id"), text(m, "last_run_id"), text(m, "moved_to"), text(m, "run_id")));
            }
        }
        return entries;
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }
}
