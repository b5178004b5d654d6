package io.newsprep.output.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run did, as published in report.json. Maps keep the order they are written in:
 * reasons and kinds in their declared order (zeros included, so scripts always find every key),
 * sources and languages by descending article count.
 *
 * @param considered     inputs that ended as an article or a reject
 * @param docsPerSecond  considered inputs per second, or null when no time elapsed
 * @param extraCounts    counters supplied by the job, by name
 * @param articlesBySource articles per {@code source_domain}, {@value RunReportBuilder#UNKNOWN_SOURCE} when absent
 * @param duplicates     the run's near-duplicate copies
 */
public record RunReport(String runId, Instant startedAt, Instant finishedAt, double elapsedSeconds,
                        Double docsPerSecond, long considered, long articles, long rejects, long totalWords,
                        Map<String, Long> extraCounts, Map<String, Long> rejectsByReason,
                        Map<String, Long> articlesBySource, Map<String, LanguageFigures> languages,
                        Map<String, Long> removedByKind, Duplicates duplicates) {

    public RunReport {
        extraCounts = ordered(extraCounts);
        rejectsByReason = ordered(rejectsByReason);
        articlesBySource = ordered(articlesBySource);
        languages = ordered(languages);
        removedByKind = ordered(removedByKind);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The articles of the run that are near-duplicates of an earlier one (of this run or an earlier run).
     *
     * @param clusters clusters that received at least one copy in this run
     * @param copies   articles that are copies ({@code duplicate_of} set)
     * @param bySource the same per {@code source_domain} of the copies, by descending copies
     */
    public record Duplicates(long clusters, long copies, Map<String, SourceDuplicates> bySource) {
        public Duplicates {
            bySource = ordered(bySource);
        }
    }

    /** One publisher's copies, and the clusters they belong to. */
    public record SourceDuplicates(long clusters, long copies) {
    }

    /** Articles in one language and the mean confidence of its detection. */
    public record LanguageFigures(long articles, double meanConfidence) {
    }
}
