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
    DOC_ID("doc_id", Article::docId),
    CHANGE("change", Article::change),
    PUBLISHED_PRECISION("published_precision", Article::publishedPrecision),
    PUBLISHED_RAW("published_raw", Article::publishedRaw),
    /** Removed lines per kind (JSONL only). */
    REMOVED_COUNTS("removed_counts", RemovedLines::countsByKind),
    /** Whether the body cell was cut to fit a spreadsheet cell (CSV only; the other formats keep the whole body). */
    BODY_TRUNCATED("body_truncated", article -> CsvTextCell.isCut(article.body())),
    CRAWLED_AT("crawled_at", Article::crawledAt),
    WARC_RECORD_ID("warc_record_id", Article::warcRecordId),
    ENCODING_ERRORS("encoding_errors", Article::encodingErrors),
    CLUSTER_ID("cluster_id", Article::clusterId),
    DUPLICATE_OF("duplicate_of", Article::duplicateOf),
    DUPLICATE_SIMILARITY("duplicate_similarity", Article::duplicateSimilarity),
    PUBLISHED_METHOD("published_method", Article::publishedMethod),
    AUTHORS_METHOD("authors_method", Article::authorsMethod),
    SECTION_METHOD("section_method", Article::sectionMethod),
    SOURCE_NAME_METHOD("source_name_method", Article::sourceNameMethod);

    /** Fields written to articles.csv: everything but the removed lines and their counts. */
    public static final List<ArticleField> SCALAR =
            Arrays.stream(values()).filter(f -> f != REMOVED && f != REMOVED_COUNTS).toList();

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
