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
 */
public record RunReport(String runId, Instant startedAt, Instant finishedAt, double elapsedSeconds,
                        Double docsPerSecond, long considered, long articles, long rejects, long totalWords,
                        Map<String, Long> extraCounts, Map<String, Long> rejectsByReason,
                        Map<String, Long> articlesBySource, Map<String, LanguageFigures> languages,
                        Map<String, Long> removedByKind) {

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

    /** Articles in one language and the mean confidence of its detection. */
    public record LanguageFigures(long articles, double meanConfidence) {
    }
}
