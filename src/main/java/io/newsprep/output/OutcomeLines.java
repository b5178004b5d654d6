package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.nio.charset.StandardCharsets;

/**
 * Renders an outcome into the exact lines the run files get: its JSON line (articles.jsonl or
 * rejects.jsonl) and, for an article, its CSV row. Rendering is the costly part of writing, so it can be
 * done on worker threads and the writer only appends. Thread-safe.
 */
public final class OutcomeLines {

    private final ArticleJson articleJson = new ArticleJson();
    private final ArticleCsv articleCsv = new ArticleCsv();
    private final RejectJson rejectJson = new RejectJson();

    public String csvHeader() {
        return articleCsv.header();
    }

    /** Its JSON line (articles.jsonl or rejects.jsonl) in UTF-8, without a line terminator. */
    public byte[] jsonUtf8Line(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted accepted) {
            return articleJson.toUtf8Line(accepted.article());
        }
        return rejectJson.toLine(((Outcome.Rejected) outcome).reject()).getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV row of an article in UTF-8; null for a reject, which has none. */
    public byte[] csvUtf8Row(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted
                ? articleCsv.row(accepted.article()).getBytes(StandardCharsets.UTF_8) : null;
    }
}
