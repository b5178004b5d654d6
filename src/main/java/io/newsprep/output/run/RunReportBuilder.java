package io.newsprep.output.run;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import io.newsprep.input.RejectReason;
import io.newsprep.output.ArticleJson;
import io.newsprep.output.Json;
import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Accumulates the figures of report.json while a run goes, from any number of threads. It keeps
 * counters only, never articles, so memory grows with the number of distinct sources and languages,
 * not with the number of inputs. All state is a map of named longs ({@link #state()}), so a
 * restarted run can carry on from a checkpoint with {@link #resume}.
 */
public final class RunReportBuilder {

    public static final String UNKNOWN_SOURCE = "(unknown)";
    public static final String UNDETERMINED_LANGUAGE = "und";

    private static final String ARTICLES = "articles";
    private static final String REJECTS = "rejects";
    private static final String WORDS = "words";
    private static final String REASON = "reason:";
    private static final String SOURCE = "source:";
    private static final String LANGUAGE = "language:";
    private static final String CONFIDENCE_MICROS = "confidence_micros:";
    private static final String REMOVED = "removed:";
    private static final String EXTRA = "extra:";
    /** Followed by the domain, a tab and the name, either of them empty when unknown. */
    private static final String PUBLISHER = "publisher:";
    private static final String COPIES = "duplicate_copies";
    private static final String CLUSTERS = "duplicate_clusters";

    private final String runId;
    private final Instant startedAt;
    private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

    public RunReportBuilder(String runId, Instant startedAt) {
        this.runId = runId;
        this.startedAt = startedAt;
    }

    /** A builder that continues from a {@link #state()} saved by an earlier attempt of the same run. */
    public static RunReportBuilder resume(String runId, Instant startedAt, Map<String, Long> state) {
        RunReportBuilder builder = new RunReportBuilder(runId, startedAt);
        state.forEach(builder::add);
        return builder;
    }

    public void record(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted accepted) {
            recordArticle(accepted.article());
        } else if (outcome instanceof Outcome.Rejected rejected) {
            add(REJECTS, 1);
            RejectReason reason = rejected.reject().reason();
            add(REASON + (reason == null ? RejectReason.INTERNAL_ERROR : reason).code(), 1);
        }
    }

    /**
     * Counts an article that is a near-duplicate of an earlier one, under its publisher.
     *
     * @param newCluster          the first copy of its cluster in this run
     * @param newClusterForSource the first copy of its cluster from this publisher in this run
     */
    public void recordCopy(String sourceDomain, boolean newCluster, boolean newClusterForSource) {
        String source = orElse(sourceDomain, UNKNOWN_SOURCE);
        add(COPIES, 1);
        add(COPIES + ":" + source, 1);
        if (newCluster) {
            add(CLUSTERS, 1);
        }
        if (newClusterForSource) {
            add(CLUSTERS + ":" + source, 1);
        }
    }

    /**
     * Adds to a counter of the job's own, such as {@code unchanged_skipped}; it appears in the
     * report's {@code counts} after the standard ones.
     */
    public void addCount(String name, long delta) {
        if (name == null || name.isBlank() || RunReportJson.STANDARD_COUNTS.contains(name)) {
            throw new IllegalArgumentException("not a free counter name: " + name);
        }
        add(EXTRA + name, delta);
    }

    /** A snapshot of every counter, for saving in a checkpoint. */
    public Map<String, Long> state() {
        Map<String, Long> state = new TreeMap<>();
        counters.forEach((key, adder) -> state.put(key, adder.sum()));
        return state;
    }

    /** The report as of now; call it once every outcome has been recorded. */
    public RunReport build(Instant finishedAt) {
        Map<String, Long> state = state();
        long articles = state.getOrDefault(ARTICLES, 0L);
        long rejects = state.getOrDefault(REJECTS, 0L);
        long considered = articles + rejects;
        long millis = Math.max(0, Duration.between(startedAt, finishedAt).toMillis());
        double elapsed = millis / 1000.0;
        Double perSecond = millis == 0 ? null : Json.round(considered / elapsed, 2);

        Map<String, Long> reasons = new LinkedHashMap<>();
        for (RejectReason reason : RejectReason.values()) {
            reasons.put(reason.code(), state.getOrDefault(REASON + reason.code(), 0L));
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (LineKind kind : LineKind.values()) {
            long n = state.getOrDefault(REMOVED + kind.code(), 0L);
            if (kind != LineKind.BODY) { // every other kind, zeros included, so the report's shape never changes
                kinds.put(kind.code(), n);
            }
        }
        Map<String, RunReport.LanguageFigures> languages = new LinkedHashMap<>();
        byCountDescending(withPrefix(state, LANGUAGE)).forEach((language, n) -> languages.put(language,
                new RunReport.LanguageFigures(n, Json.round(
                        state.getOrDefault(CONFIDENCE_MICROS + language, 0L) / 1e6 / n, ArticleJson.CONFIDENCE_DECIMALS))));

        long words = state.getOrDefault(WORDS, 0L);
        return new RunReport(runId, startedAt, finishedAt, elapsed, perSecond, considered, articles, rejects,
                words, withPrefix(state, EXTRA), reasons,
                byCountDescending(withPrefix(state, SOURCE)), languages, kinds,
                publishers(withPrefix(state, PUBLISHER)), RunSettings.UNKNOWN,
                List.of(new RunReport.PastRun(runId, startedAt, considered, articles, rejects, words)), duplicates(state));
    }

    /**
     * Articles per publisher: a known domain gathers all its articles under the name most of them gave; without a
     * domain, articles are counted by name; with neither, under no name at all.
     */
    private static List<RunReport.PublisherFigures> publishers(Map<String, Long> byDomainAndName) {
        Map<String, Long> articles = new TreeMap<>();
        Map<String, Map<String, Long>> names = new TreeMap<>();
        byDomainAndName.forEach((key, n) -> {
            int tab = key.indexOf('\t');
            String domain = tab < 0 ? key : key.substring(0, tab);
            String name = tab < 0 ? "" : key.substring(tab + 1);
            String group = domain.isEmpty() ? "\t" + name : domain;
            articles.merge(group, n, Long::sum);
            if (!name.isEmpty()) {
                names.computeIfAbsent(group, g -> new TreeMap<>()).merge(name, n, Long::sum);
            }
        });
        List<RunReport.PublisherFigures> out = new ArrayList<>();
        byCountDescending(articles).forEach((group, n) -> {
            String domain = group.startsWith("\t") ? null : group;
            String name = byCountDescending(names.getOrDefault(group, Map.of())).keySet().stream().findFirst().orElse(null);
            out.add(new RunReport.PublisherFigures(domain, name, n));
        });
        return out;
    }

    private static RunReport.Duplicates duplicates(Map<String, Long> state) {
        Map<String, Long> copies = byCountDescending(withPrefix(state, COPIES + ":"));
        Map<String, Long> clusters = withPrefix(state, CLUSTERS + ":");
        Map<String, RunReport.SourceDuplicates> bySource = new LinkedHashMap<>();
        copies.forEach((source, n) -> bySource.put(source,
                new RunReport.SourceDuplicates(clusters.getOrDefault(source, 0L), n)));
        return new RunReport.Duplicates(state.getOrDefault(CLUSTERS, 0L), state.getOrDefault(COPIES, 0L), bySource);
    }

    private void recordArticle(Article article) {
        add(ARTICLES, 1);
        add(WORDS, article.wordCount());
        add(SOURCE + orElse(article.sourceDomain(), UNKNOWN_SOURCE), 1);
        add(PUBLISHER + orElse(article.sourceDomain(), "").replace('\t', ' ') + "\t"
                + orElse(article.sourceName(), "").replace('\t', ' '), 1);
        String language = orElse(article.language(), UNDETERMINED_LANGUAGE);
        add(LANGUAGE + language, 1);
        add(CONFIDENCE_MICROS + language, Math.round(Json.confidence(article.languageConfidence()) * 1e6));
        for (LineVerdict removed : article.removed()) {
            // a removed line is never body text; were one labelled so, it would count as boilerplate
            LineKind kind = removed.kind() == null || removed.kind() == LineKind.BODY ? LineKind.BOILERPLATE : removed.kind();
            add(REMOVED + kind.code(), 1);
        }
    }

    private void add(String key, long delta) {
        counters.computeIfAbsent(key, k -> new LongAdder()).add(delta);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Map<String, Long> withPrefix(Map<String, Long> state, String prefix) {
        Map<String, Long> out = new TreeMap<>();
        state.forEach((key, n) -> {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), n);
            }
        });
        return out;
    }

    private static Map<String, Long> byCountDescending(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
