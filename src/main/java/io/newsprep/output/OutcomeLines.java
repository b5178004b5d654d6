package io.newsprep.output;

import io.newsprep.article.Outcome;

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

    public String jsonLine(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted accepted) {
            return articleJson.toLine(accepted.article());
        }
        return rejectJson.toLine(((Outcome.Rejected) outcome).reject());
    }

    /** The CSV row of an article; null for a reject, which has none. */
    public String csvRow(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted ? articleCsv.row(accepted.article()) : null;
    }
}
