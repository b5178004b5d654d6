package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

/** articles.jsonl: one JSON object per article, the fields in the README's order. */
public final class ArticlesJsonl extends LineFormat {

    public static final String FILE_NAME = "articles.jsonl";

    private final ArticleJson json;

    /** With the removed lines as counts per kind, the default. */
    public ArticlesJsonl() {
        this(RemovedLines.DEFAULT);
    }

    public ArticlesJsonl(RemovedLines removedLines) {
        super(FILE_NAME, "articlesJsonl", "\n", null);
        this.json = new ArticleJson(removedLines);
    }

    @Override
    public byte[] encode(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted ? json.toUtf8Line(accepted.article()) : null;
    }

    @Override
    public byte[] placedInCluster(byte[] record, String articleId, String clusterId, String duplicateOf,
                                  Double similarity) {
        return ArticleJson.placedInCluster(record, articleId, clusterId, duplicateOf, similarity);
    }
}
