package io.newsprep.output.run;

import io.newsprep.output.ArticlesCsv;
import io.newsprep.output.ArticlesJsonl;
import io.newsprep.output.RejectsJsonl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunFolderTest {

    @TempDir
    Path output;

    @Test
    void aNewRunIdSortsAfterEveryRunAlreadyThereAlsoWithinOneSecond(@TempDir Path output) throws IOException {
        Instant now = Instant.parse("2026-11-22T05:30:12Z");
        assertThat(RunFolder.nextRunId(output, now)).startsWith("20261122T053012Z-");

        Files.createDirectories(output.resolve("runs/20261122T053012Z-ff00"));
        Files.createDirectories(output.resolve("runs/.20261122T053012Z-ff01.partial"));
        assertThat(RunFolder.nextRunId(output, now)).isEqualTo("20261122T053012Z-ff02");
        assertThat(RunFolder.nextRunId(output, now.minusSeconds(3600))).isEqualTo("20261122T053012Z-ff02");
        assertThat(RunFolder.nextRunId(output, now.plusSeconds(1))).startsWith("20261122T053013Z-");
    }

    @Test
    void newRunIdsAreUtcTimestampsWithARandomSuffixAndSortByTime() {
        String early = RunFolder.newRunId(Instant.parse("2026-11-22T05:30:12.345Z"));
        String later = RunFolder.newRunId(Instant.parse("2026-11-22T14:00:00Z"));

        assertThat(early).matches("20261122T053012Z-[0-9a-f]{4}");
        assertThat(later).startsWith("20261122T140000Z-");
        assertThat(early).isLessThan(later);
    }

    @Test
    void stagedRunIsHiddenAndNotLatestUntilPublished() throws IOException {
        RunFolder run = RunFolder.stage(output, "r1");
        Files.writeString(run.file(new ArticlesJsonl()), "{}\n");

        assertThat(run.file(new ArticlesJsonl())).isEqualTo(output.resolve("runs/.r1.partial/articles.jsonl"));
        assertThat(visibleRuns()).isEmpty();
        assertThat(output.resolve("latest")).doesNotExist();
        assertThat(run.isPublished()).isFalse();
    }

    @Test
    void publishRenamesTheRunAndPointsLatestAtItWithARelativeLink() throws IOException {
        RunFolder run = RunFolder.stage(output, "r1");
        writeRunFiles(run, "one");

        Path published = run.publish();

        assertThat(published).isEqualTo(output.resolve("runs/r1"));
        assertThat(output.resolve("runs/.r1.partial")).doesNotExist();
        assertThat(visibleRuns()).containsExactly("r1");
        Path latest = output.resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(Files.readSymbolicLink(latest)).isEqualTo(Path.of("runs", "r1"));
        assertThat(Files.readString(latest.resolve("report.json"))).isEqualTo("one");
        assertThat(run.reportJson()).isEqualTo(published.resolve("report.json"));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void latestStillResolvesWhenTheOutputFolderIsMoved(@TempDir Path elsewhere) throws IOException {
        RunFolder run = RunFolder.stage(output, "r1");
        writeRunFiles(run, "one");
        run.publish();

        Path moved = Files.move(output, elsewhere.resolve("moved"));

        assertThat(Files.readString(moved.resolve("latest/report.json"))).isEqualTo("one");
    }

    @Test
    void publishingAgainOnlyRestoresLatest() throws IOException {
        RunFolder run = RunFolder.stage(output, "r1");
        writeRunFiles(run, "one");
        run.publish();
        Files.delete(output.resolve("latest"));

        Path again = RunFolder.of(output, "r1").publish();

        assertThat(again).isEqualTo(output.resolve("runs/r1"));
        assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(Path.of("runs", "r1"));
        assertThat(Files.readString(again.resolve("report.json"))).isEqualTo("one");
        assertThat(run.publish()).isEqualTo(again);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSecondRunTakesOverLatestAndTheFirstStays() throws IOException {
        RunFolder first = RunFolder.stage(output, "r1");
        writeRunFiles(first, "one");
        first.publish();
        RunFolder second = RunFolder.stage(output, "r2");
        writeRunFiles(second, "two");

        second.publish();

        assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(Path.of("runs", "r2"));
        assertThat(Files.readString(output.resolve("latest/report.json"))).isEqualTo("two");
        assertThat(Files.readString(output.resolve("runs/r1/report.json"))).isEqualTo("one");
        assertThat(visibleRuns()).containsExactlyInAnyOrder("r1", "r2");
    }

    @Test
    void readersNeverFindLatestMissingWhileRunsArePublished() throws Exception {
        RunFolder first = RunFolder.stage(output, "r00");
        writeRunFiles(first, "r00");
        first.publish();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    assertThat(Files.readString(output.resolve("latest/report.json"))).startsWith("r");
                    reads.incrementAndGet();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    return;
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 40; i++) {
            RunFolder run = RunFolder.stage(output, String.format("r%02d", i));
            writeRunFiles(run, run.runId());
            run.publish();
        }
        done.set(true);
        reader.join();

        assertThat(failure.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(Files.readString(output.resolve("latest/report.json"))).isEqualTo("r40");
    }

    @Test
    void findsTheStagingFolderOfAnInterruptedRun() throws IOException {
        RunFolder interrupted = RunFolder.stage(output, "r1");
        Files.writeString(interrupted.file(new ArticlesJsonl()), "{\"id\":\"a\"}\n");
        RunFolder.stage(output, "r2").publish();

        assertThat(RunFolder.stagedRunIds(output)).containsExactly("r1");
        assertThat(RunFolder.findStaging(output, "r1")).hasValueSatisfying(
                run -> assertThat(run.file(new ArticlesJsonl())).hasContent("{\"id\":\"a\"}"));
        assertThat(RunFolder.findStaging(output, "r2")).isEmpty();
        assertThat(RunFolder.stage(output, "r1").file(new ArticlesJsonl())).hasContent("{\"id\":\"a\"}");
    }

    @Test
    void refusesToStageAPublishedRunOrPublishNothing() throws IOException {
        RunFolder.stage(output, "r1").publish();

        assertThatThrownBy(() -> RunFolder.stage(output, "r1")).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> RunFolder.of(output, "never-staged").publish())
                .isInstanceOf(NoSuchFileException.class);
        assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(Path.of("runs", "r1"));
    }

    @Test
    void discardRemovesTheStagingFolderAndItsFiles() throws IOException {
        RunFolder run = RunFolder.stage(output, "r1");
        writeRunFiles(run, "one");

        run.discard();

        assertThat(run.stagingDir()).doesNotExist();
        assertThat(RunFolder.stagedRunIds(output)).isEmpty();
    }

    @Test
    void rejectsRunIdsThatCouldEscapeTheRunsFolder() {
        for (String bad : List.of("../x", "a/b", ".hidden", "", "run id")) {
            assertThatThrownBy(() -> RunFolder.stage(output, bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void writeRunFiles(RunFolder run, String report) throws IOException {
        Files.writeString(run.file(new ArticlesJsonl()), "");
        Files.writeString(run.file(new ArticlesCsv()), "");
        Files.writeString(run.file(new RejectsJsonl()), "");
        AtomicFiles.writeString(run.reportJson(), report);
    }

    private List<String> visibleRuns() throws IOException {
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            return runs.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> top = Files.list(output)) {
            return top.filter(p -> p.getFileName().toString().startsWith(".latest.tmp-")).toList();
        }
    }
}
