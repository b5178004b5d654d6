package io.newsprep.pipeline;

import io.newsprep.clean.LineVerdict;

import java.util.List;

/** One cleaned, tagged article: the record written to articles.jsonl and articles.csv (field meanings in the README). */
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
        String clusterId,
        String duplicateOf,
        Double duplicateSimilarity) {

    public Article {
        subtitles = List.copyOf(subtitles);
        authors = List.copyOf(authors);
        removed = List.copyOf(removed);
    }

    /** An article not (yet) placed among near-duplicates. */
    public Article(String id, String sourceFile, String url, String title, List<String> subtitles, List<String> authors,
                   String published, String section, String body, String language, double languageConfidence,
                   String sourceDomain, String sourceName, String sourceMethod, String encoding, int wordCount,
                   List<LineVerdict> removed, String contentSha256, String runId, String ingestedAt,
                   String pipelineVersion) {
        this(id, sourceFile, url, title, subtitles, authors, published, section, body, language, languageConfidence,
                sourceDomain, sourceName, sourceMethod, encoding, wordCount, removed, contentSha256, runId, ingestedAt,
                pipelineVersion, null, null, null);
    }

    /** The same article placed in a cluster of near-duplicates. */
    public Article inCluster(String cluster, String firstSeen, Double similarity) {
        return new Article(id, sourceFile, url, title, subtitles, authors, published, section, body, language,
                languageConfidence, sourceDomain, sourceName, sourceMethod, encoding, wordCount, removed, contentSha256,
                runId, ingestedAt, pipelineVersion, cluster, firstSeen, similarity);
    }
}
