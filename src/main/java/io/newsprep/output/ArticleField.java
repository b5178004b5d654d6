package io.newsprep.output;

import io.newsprep.pipeline.Article;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The published fields of an article, in the order they appear in articles.jsonl and articles.csv.
 * The names are part of the user-facing contract: scripts select columns by them.
 */
public enum ArticleField {
    ID("id", Article::id),
    SOURCE_FILE("source_file", Article::sourceFile),
    URL("url", Article::url),
    TITLE("title", Article::title),
    SUBTITLES("subtitles", Article::subtitles),
    AUTHORS("authors", Article::authors),
    PUBLISHED("published", Article::published),
    SECTION("section", Article::section),
    BODY("body", Article::body),
    LANGUAGE("language", Article::language),
    LANGUAGE_CONFIDENCE("language_confidence", Article::languageConfidence),
    SOURCE_DOMAIN("source_domain", Article::sourceDomain),
    SOURCE_NAME("source_name", Article::sourceName),
    SOURCE_METHOD("source_method", Article::sourceMethod),
    ENCODING("encoding", Article::encoding),
    WORD_COUNT("word_count", Article::wordCount),
    REMOVED("removed", Article::removed),
    CONTENT_SHA256("content_sha256", Article::contentSha256),
    RUN_ID("run_id", Article::runId),
    INGESTED_AT("ingested_at", Article::ingestedAt),
    PIPELINE_VERSION("pipeline_version", Article::pipelineVersion),
    CLUSTER_ID("cluster_id", Article::clusterId),
    DUPLICATE_OF("duplicate_of", Article::duplicateOf),
    DUPLICATE_SIMILARITY("duplicate_similarity", Article::duplicateSimilarity);

    /** Fields written to articles.csv: everything but the per-line {@code removed} list. */
    public static final List<ArticleField> SCALAR =
            Arrays.stream(values()).filter(f -> f != REMOVED).toList();

    private final String key;
    private final Function<Article, Object> accessor;

    ArticleField(String key, Function<Article, Object> accessor) {
        this.key = key;
        this.accessor = accessor;
    }

    public String key() {
        return key;
    }

    public Object valueOf(Article article) {
        return accessor.apply(article);
    }
}
