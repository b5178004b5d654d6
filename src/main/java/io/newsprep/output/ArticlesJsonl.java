package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

/** articles.jsonl: one JSON object per article, the fields in the README's order. */
public final class ArticlesJsonl extends LineFormat {

    public static final String FILE_NAME = "articles.jsonl";

    private final ArticleJson json = new ArticleJson();

    public ArticlesJsonl() {
        super(FILE_NAME, "articlesJsonl", "\n", null);
    }

    @Override
    public byte[] encode(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted ? json.toUtf8Line(accepted.article()) : null;
    }
}
