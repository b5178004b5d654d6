package io.newsprep.bench.jmh;

import io.newsprep.pipeline.Article;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises an {@link Article} to one articles.jsonl line the way the job's writer does today: a map of the
 * contract's field names through a Jackson {@link JsonMapper}, removed lines included. When the output
 * package offers its own codec, the benchmark should call that instead of this class.
 */
final class ArticleJsonLine {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source_file", a.sourceFile());
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("subtitles", a.subtitles());
        m.put("authors", a.authors());
        m.put("published", a.published());
        m.put("section", a.section());
        m.put("body", a.body());
        m.put("language", a.language());
        m.put("language_confidence", a.languageConfidence());
        m.put("source_domain", a.sourceDomain());
        m.put("source_name", a.sourceName());
        m.put("source_method", a.sourceMethod());
        m.put("encoding", a.encoding());
        m.put("word_count", a.wordCount());
        m.put("removed", a.removed().stream().map(v -> Map.of(
                "line", v.line(), "kind", v.kind().code(), "rule", v.rule(), "text", v.text()))
                .toList());
        m.put("content_sha256", a.contentSha256());
        m.put("run_id", a.runId());
        m.put("ingested_at", a.ingestedAt());
        m.put("pipeline_version", a.pipelineVersion());
        return json.writeValueAsString(m);
    }
}
