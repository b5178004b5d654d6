package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.newsprep.pipeline.ArticlePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

class SkipAndRestartTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    @Test
    void aFileThatBreaksThePipelineBecomesAnInternalErrorRejectAndTheRunCompletes() throws Exception {
        writeArticles(7);
        doThrow(new IllegalStateException("cleaner defect")).when(pipeline).clean(named("a04.txt"), any(), any());

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sourceFiles(articles(result))).hasSize(6).doesNotContain("a04.txt");
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("source_file")).isEqualTo("a04.txt");
            assertThat(r.get("reason")).isEqualTo("internal_error");
            assertThat((String) r.get("message")).contains("cleaner defect");
        });
    }

    @Test
    void aRunThatFailsMidwayIsResumedByTheSameCommandWithEveryFileExactlyOnce() throws Exception {
        List<String> names = writeArticles(10);
        doThrow(new InternalError("simulated JVM failure")).when(pipeline).clean(named("a08.txt"), any(), any());

        IngestResult failed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.runFolder()).isNull();
        assertThat(Files.exists(output().resolve("latest"))).isFalse();
        try (Stream<Path> runs = Files.list(output().resolve("runs"))) {
            assertThat(runs.map(p -> p.getFileName().toString())).containsExactly("." + failed.runId() + ".partial");
        }

        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.restarted()).isTrue();
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(sourceFiles(articles(resumed))).containsExactlyElementsOf(names);
        assertThat(rejects(resumed)).isEmpty();
        assertThat(Files.readAllLines(resumed.runFolder().resolve("articles.csv"))).filteredOn(l -> l.startsWith("id,"))
                .hasSize(1);
    }

    @Test
    void aCopyOfAFileWrittenBeforeTheFailureIsStillADuplicateAfterTheRestart() throws Exception {
        List<String> names = writeArticles(10);
        write("z-copy.txt", article("a01.txt"));
        doThrow(new InternalError("simulated JVM failure")).when(pipeline).clean(named("a08.txt"), any(), any());
        assertThat(ingest(false).status()).isEqualTo(BatchStatus.FAILED);

        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sourceFiles(articles(resumed))).containsExactlyElementsOf(names);
        assertThat(rejects(resumed)).singleElement().satisfies(r -> {
            assertThat(r.get("source_file")).isEqualTo("z-copy.txt");
            assertThat(r.get("reason")).isEqualTo("duplicate");
            assertThat(r.get("duplicate_of")).isEqualTo("a01.txt");
        });
    }

    private List<String> writeArticles(int count) throws Exception {
        List<String> names = IntStream.rangeClosed(1, count).mapToObj(i -> String.format("a%02d.txt", i)).toList();
        for (String name : names) {
            write(name, article(name));
        }
        return names;
    }

    private static ArticlePipeline.Document named(String relativePath) {
        return argThat(d -> d != null && d.dump().file().relativePath().equals(relativePath));
    }
}
