package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.nio.charset.StandardCharsets;

/** articles.csv: a header row, then one row per article (the dialect is described in package-info). */
public final class ArticlesCsv extends LineFormat {

    public static final String FILE_NAME = "articles.csv";
    private static final ArticleCsv CSV = new ArticleCsv();

    public ArticlesCsv() {
        super(FILE_NAME, "articlesCsv", ArticleCsv.RECORD_SEPARATOR, CSV.header());
    }

    @Override
    public byte[] encode(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted
                ? CSV.row(accepted.article()).getBytes(StandardCharsets.UTF_8) : null;
    }

    @Override
    public byte[] placedInCluster(byte[] record, String articleId, String clusterId, String duplicateOf,
                                  Double similarity) {
        return CSV.placedInCluster(new String(record, StandardCharsets.UTF_8), clusterId, duplicateOf, similarity)
                .getBytes(StandardCharsets.UTF_8);
    }
}
