package io.newsprep.output.run;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import io.newsprep.input.RejectReason;
import io.newsprep.output.Articles;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunReportTest {

    private static final Instant START = Instant.parse("2026-11-22T05:30:12Z");
    private static final LineVerdict NAV = new LineVerdict(1, "Home", false, LineKind.NAVIGATION, "nav");
    private static final LineVerdict CAPTION = new LineVerdict(5, "Photo: Yonhap", false, LineKind.CAPTION, "caption");

    @Test
    void countsArticlesRejectsWordsSourcesLanguagesAndRemovedLines() {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);
        builder.record(accepted("a.txt", "asiae.co.kr", "ko", 0.99, 100, List.of(NAV, NAV, CAPTION)));
        builder.record(accepted("b.txt", "asiae.co.kr", "ko", 0.97, 50, List.of(NAV)));
        builder.record(accepted("c.txt", null, "en", 0.8, 30, List.of()));
        builder.record(rejected("d.txt", RejectReason.EMPTY));
        builder.record(rejected("e.txt", RejectReason.BINARY));
        builder.record(rejected("f.txt", RejectReason.EMPTY));

        RunReport report = builder.build(START.plusSeconds(2));

        assertThat(report.considered()).isEqualTo(6);
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.rejects()).isEqualTo(3);
        assertThat(report.totalWords()).isEqualTo(180);
        assertThat(report.elapsedSeconds()).isEqualTo(2.0);
        assertThat(report.docsPerSecond()).isEqualTo(3.0);
        assertThat(report.rejectsByReason()).containsEntry("empty", 2L).containsEntry("binary", 1L)
                .containsEntry("duplicate", 0L).hasSize(RejectReason.values().length);
        assertThat(report.articlesBySource()).containsExactly(Map.entry("asiae.co.kr", 2L), Map.entry("(unknown)", 1L));
        assertThat(report.languages()).containsExactly(
                Map.entry("ko", new RunReport.LanguageFigures(2, 0.98)),
                Map.entry("en", new RunReport.LanguageFigures(1, 0.8)));
        assertThat(report.removedByKind()).containsEntry("navigation", 3L).containsEntry("caption", 1L)
                .containsEntry("copyright", 0L).doesNotContainKey("body");
    }

    @Test
    void keepsCountsExactUnderConcurrentRecording() throws Exception {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 4000; i++) {
            int n = i;
            pool.submit(() -> builder.record(n % 4 == 0
                    ? rejected(n + ".txt", RejectReason.NO_ARTICLE)
                    : accepted(n + ".txt", "site" + (n % 3) + ".com", "en", 0.5, 10, List.of(NAV))));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        RunReport report = builder.build(START.plusSeconds(1));

        assertThat(report.articles()).isEqualTo(3000);
        assertThat(report.rejectsByReason()).containsEntry("no_article", 1000L);
        assertThat(report.totalWords()).isEqualTo(30000);
        assertThat(report.removedByKind()).containsEntry("navigation", 3000L);
        assertThat(report.articlesBySource().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3000);
    }

    @Test
    void carriesOnFromASavedStateAfterARestart() {
        RunReportBuilder first = new RunReportBuilder("run-1", START);
        first.record(accepted("a.txt", "x.com", "en", 0.9, 10, List.of(NAV)));
        first.addCount("unchanged_skipped", 7);

        RunReportBuilder second = RunReportBuilder.resume("run-1", START, first.state());
        second.record(accepted("b.txt", "x.com", "en", 0.7, 5, List.of()));
        RunReport report = second.build(START.plusSeconds(10));

        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.totalWords()).isEqualTo(15);
        assertThat(report.languages().get("en")).isEqualTo(new RunReport.LanguageFigures(2, 0.8));
        assertThat(report.extraCounts()).containsEntry("unchanged_skipped", 7L);
    }

    @Test
    void reportsNoRateWhenNoTimeElapsed() {
        RunReport report = new RunReportBuilder("run-1", START).build(START);

        assertThat(report.docsPerSecond()).isNull();
        assertThat(report.considered()).isZero();
        assertThat(report.languages()).isEmpty();
    }

    @Test
    void refusesJobCountersThatWouldShadowStandardCounts() {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);

        assertThatThrownBy(() -> builder.addCount("articles", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.addCount(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesReportJsonWithTimingsCountsAndFigures(@TempDir Path dir) throws Exception {
        RunReportBuilder builder = new RunReportBuilder("20261122T053012Z-4f2a", START);
        builder.record(accepted("a.txt", "asiae.co.kr", "ko", 0.99, 100, List.of(NAV)));
        builder.record(rejected("b.txt", RejectReason.EMPTY));
        builder.addCount("files_new", 2);
        Path file = dir.resolve("report.json");
        RunReportJson json = new RunReportJson();

        json.write(builder.build(START.plusMillis(1500)), file);

        Map<String, Object> report = json.readMap(Files.readString(file));
        assertThat(report.keySet()).containsExactly("run_id", "started_at", "finished_at", "elapsed_seconds",
                "docs_per_second", "counts", "rejects_by_reason", "sources", "languages", "removed_by_kind",
                "publishers", "options", "input", "output", "run_folder", "versions", "recent_runs", "duplicates");
        assertThat(report).containsEntry("run_id", "20261122T053012Z-4f2a")
                .containsEntry("started_at", "2026-11-22T05:30:12Z")
                .containsEntry("finished_at", "2026-11-22T05:30:13.500Z")
                .containsEntry("elapsed_seconds", 1.5)
                .containsEntry("docs_per_second", 1.33);
        assertThat((Map<String, Object>) report.get("counts")).containsExactly(Map.entry("considered", 2),
                Map.entry("articles", 1), Map.entry("rejects", 1), Map.entry("words", 100), Map.entry("files_new", 2));
        assertThat((Map<String, Object>) report.get("sources")).containsExactly(Map.entry("asiae.co.kr", 1));
        assertThat((Map<String, Object>) report.get("languages"))
                .containsEntry("ko", Map.of("articles", 1, "mean_confidence", 0.99));
        assertThat((Map<String, Object>) report.get("removed_by_kind")).containsEntry("navigation", 1);
        assertThat((Map<String, Object>) report.get("options")).containsOnlyKeys(RunSettings.OPTION_NAMES);
        assertThat((Map<String, Object>) report.get("versions")).containsOnlyKeys(RunSettings.VERSION_NAMES);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void theRecentRunsEndWithThisRunOnce() {
        RunReport alone = new RunReportBuilder("run-2", START).build(START.plusSeconds(1));
        RunReport.PastRun earlier = new RunReport.PastRun("run-1", START.minusSeconds(60), 3, 2, 1, 40);

        assertThat(alone.recentRuns()).containsExactly(alone.asPastRun());
        assertThat(alone.with(RunSettings.UNKNOWN, List.of(earlier)).recentRuns())
                .containsExactly(earlier, alone.asPastRun());
    }

    @Test
    void countsPublishersByDomainAndByNameWhereTheDomainIsUnknown() {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);
        builder.record(new Outcome.Accepted(Articles.withPublisher(null, "Daily Planet")));
        builder.record(new Outcome.Accepted(Articles.withPublisher(null, "Daily Planet")));
        builder.record(new Outcome.Accepted(Articles.withPublisher("asiae.co.kr", "The Asia Business Daily")));
        builder.record(new Outcome.Accepted(Articles.withPublisher("asiae.co.kr", "Asia Business")));
        builder.record(new Outcome.Accepted(Articles.withPublisher("asiae.co.kr", "The Asia Business Daily")));
        builder.record(new Outcome.Accepted(Articles.withPublisher(null, null)));

        RunReport report = builder.build(START.plusSeconds(1));

        assertThat(report.publishers()).containsExactly(
                new RunReport.PublisherFigures("asiae.co.kr", "The Asia Business Daily", 3),
                new RunReport.PublisherFigures(null, "Daily Planet", 2),
                new RunReport.PublisherFigures(null, null, 1));
        assertThat(report.publishers().get(2).label()).isEqualTo("(unknown)");
        assertThat(report.articlesBySource()).containsOnly(Map.entry("asiae.co.kr", 3L), Map.entry("(unknown)", 3L));
    }

    private static Outcome accepted(String file, String domain, String language, double confidence, int words,
                                    List<LineVerdict> removed) {
        return new Outcome.Accepted(Articles.with(file, domain, language, confidence, words, removed));
    }

    private static Outcome rejected(String file, RejectReason reason) {
        return new Outcome.Rejected(new Reject(file, reason, reason.code(), null));
    }
}
