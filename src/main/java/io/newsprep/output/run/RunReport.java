package io.newsprep.output.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param publishers     articles per publisher: by domain, or by name where the domain is unknown
 * @param settings       what the run was asked to do, where, and by which versions
 * @param recentRuns     the latest completed runs into the same output folder, oldest first, this one last
 * @param duplicates     the run's near-duplicate copies
 */
public record RunReport(String runId, Instant startedAt, Instant finishedAt, double elapsedSeconds,
                        Double docsPerSecond, long considered, long articles, long rejects, long totalWords,
                        Map<String, Long> extraCounts, Map<String, Long> rejectsByReason,
                        Map<String, Long> articlesBySource, Map<String, LanguageFigures> languages,
                        Map<String, Long> removedByKind, List<PublisherFigures> publishers, RunSettings settings,
                        List<PastRun> recentRuns, Duplicates duplicates) {

    public RunReport {
        extraCounts = ordered(extraCounts);
        rejectsByReason = ordered(rejectsByReason);
        articlesBySource = ordered(articlesBySource);
        languages = ordered(languages);
        removedByKind = ordered(removedByKind);
        publishers = List.copyOf(publishers);
        settings = settings == null ? RunSettings.UNKNOWN : settings;
        recentRuns = List.copyOf(recentRuns);
    }

    /** This run's totals, the last of {@link #recentRuns()}. */
    public PastRun asPastRun() {
        return new PastRun(runId, startedAt, considered, articles, rejects, totalWords);
    }

    /** The same report with what only the job knows: its settings and the runs before it. */
    public RunReport with(RunSettings runSettings, List<PastRun> earlierRuns) {
        List<PastRun> runs = new ArrayList<>(earlierRuns);
        runs.add(asPastRun());
        return new RunReport(runId, startedAt, finishedAt, elapsedSeconds, docsPerSecond, considered, articles, rejects,
                totalWords, extraCounts, rejectsByReason, articlesBySource, languages, removedByKind, publishers,
                runSettings, runs, duplicates);
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

    /**
     * Articles of one publisher.
     *
     * @param domain registrable domain, null when unknown
     * @param name   the name most articles gave, null when none did
     */
    public record PublisherFigures(String domain, String name, long articles) {

        /** What a person calls this publisher: the domain, else the name, else {@value RunReportBuilder#UNKNOWN_SOURCE}. */
        public String label() {
            return domain != null ? domain : name != null ? name : RunReportBuilder.UNKNOWN_SOURCE;
        }
    }

    /** A completed run's totals, for the trend over runs. */
    public record PastRun(String runId, Instant startedAt, long considered, long articles, long rejects, long words) {
    }
}
