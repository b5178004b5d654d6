package io.newsprep.pipeline;

import io.newsprep.clean.LineVerdict;

import java.util.List;

/**
 * One cleaned, tagged article: the record written to articles.jsonl and articles.csv (field meanings in the README).
 * {@code published} is ISO 8601 with an offset (see {@link PublishedDate}); {@code change} says whether its
 * document is new to the ledger or a changed version of one it knew ({@link #NEW}, {@link #CHANGED},
 * {@link #REPROCESSED}), null until the job knows.
 */
public record Article(
        String id,
        String sourceFile,
        String url,
        String title,
        List<String> subtitles,
        List<String> authors,
        String published,
        String section,
        String body,
        String language,
        double languageConfidence,
        String sourceDomain,
        String sourceName,
        String sourceMethod,
        String encoding,
        int wordCount,
        List<LineVerdict> removed,
        String contentSha256,
        String runId,
        String ingestedAt,
        String pipelineVersion,
        String change,
        String publishedRaw,
        String publishedPrecision,
        String crawledAt,
        String warcRecordId,
        int encodingErrors,
        String clusterId,
        String duplicateOf,
        Double duplicateSimilarity,
        String publishedMethod,
        String authorsMethod,
        String sectionMethod,
        String sourceNameMethod) {

    public static final String NEW = "new";
    public static final String CHANGED = "changed";
    public static final String REPROCESSED = "reprocessed";

    /** An article whose {@code published} is kept as given (its own raw text), with no change known yet. */
    public Article(String id, String sourceFile, String url, String title, List<String> subtitles,
                   List<String> authors, String published, String section, String body, String language,
                   double languageConfidence, String sourceDomain, String sourceName, String sourceMethod,
                   String encoding, int wordCount, List<LineVerdict> removed, String contentSha256, String runId,
                   String ingestedAt, String pipelineVersion) {
        this(id, sourceFile, url, title, subtitles, authors, published, section, body, language, languageConfidence,
                sourceDomain, sourceName, sourceMethod, encoding, wordCount, removed, contentSha256, runId, ingestedAt,
                pipelineVersion, null, published, PublishedDate.parse(published).precision(), null, null, 0, null, null, null,
                published == null ? null : "html_meta", null, section == null ? null : "html_meta",
                sourceName == null ? null : sourceMethod);
    }

    public Article {
        subtitles = List.copyOf(subtitles);
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }

    /** The document's identity across runs and versions: derived from its address, not its content. */
    public String docId() {
        return ArticleIds.fromAddress(sourceFile);
    }

    /** The same article, marked as a new or changed document. */
    public Article withChange(String newChange) {
        return new Article(id, sourceFile, url, title, subtitles, authors, published, section, body, language,
                languageConfidence, sourceDomain, sourceName, sourceMethod, encoding, wordCount, removed,
                contentSha256, runId, ingestedAt, pipelineVersion, newChange, publishedRaw, publishedPrecision, crawledAt, warcRecordId,
                encodingErrors, clusterId, duplicateOf, duplicateSimilarity, publishedMethod, authorsMethod,
                sectionMethod, sourceNameMethod);
    }

    /** The same article placed in a cluster of near-duplicates. */
    public Article inCluster(String cluster, String firstSeen, Double similarity) {
        return new Article(id, sourceFile, url, title, subtitles, authors, published, section, body, language,
                languageConfidence, sourceDomain, sourceName, sourceMethod, encoding, wordCount, removed, contentSha256,
                runId, ingestedAt, pipelineVersion, change, publishedRaw, publishedPrecision, crawledAt, warcRecordId,
                encodingErrors, cluster, firstSeen, similarity, publishedMethod, authorsMethod,
                sectionMethod, sourceNameMethod);
    }
}
