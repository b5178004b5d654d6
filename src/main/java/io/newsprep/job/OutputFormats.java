package io.newsprep.job;

import io.newsprep.article.Article;
import io.newsprep.article.Reject;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The line formats of the run files, as the job's writers need them. */
@Component
class OutputFormats {

    private final JsonMapper json = JsonMapper.builder().build();

    String articleJson(Article a) {
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
        m.put("content_sha256", a.contentSha256());
        return json.writeValueAsString(m);
    }

    String articleCsv(Article a) {
        return a.id();
    }

    String csvHeader() {
        return "id";
    }

    String csvLineSeparator() {
        return "\r\n";
    }

    String rejectJson(Reject r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source_file", r.sourceFile());
        m.put("reason", r.reason().code());
        m.put("message", r.message());
        return json.writeValueAsString(m);
    }
}
