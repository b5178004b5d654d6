package io.newsprep.job;

import io.newsprep.store.FileLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A run cut off in its last step, after the run folder was renamed into place but before the run was recorded
 * as complete: the same command finishes it, and the files it holds count as done for the next run.
 */
class InterruptedPublishTest extends IngestJobTestSupport {

    @MockitoSpyBean
    FileLedger ledger;

    @AfterEach
    void heal() {
        reset(ledger);
    }

    @Test
    void theSameCommandFinishesARunCutOffAfterItsFolderWasPublished() throws Exception {
        List<String> names = IntStream.rangeClosed(1, 7).mapToObj(i -> String.format("p%02d.txt", i)).toList();
        for (String name : names) {
            write(name, article(name));
        }
        doThrow(new InternalError("cut off")).when(ledger).markPublished(any(), any());

        IngestResult cut = ingest(false);

        assertThat(cut.status()).isEqualTo(BatchStatus.FAILED);
        Path published = output().resolve("runs").resolve(cut.runId());
        assertThat(published.resolve("report.json")).as("renamed into place before the cut").isRegularFile();

        reset(ledger);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.runId()).isEqualTo(cut.runId());
        assertThat(resumed.runFolder().toRealPath()).isEqualTo(published.toRealPath());
        assertThat(output().resolve("latest").toRealPath()).isEqualTo(published.toRealPath());
        assertThat(sourceFiles(articles(resumed))).containsExactlyElementsOf(names);
        try (var runs = Files.list(output().resolve("runs"))) {
            assertThat(runs.map(p -> p.getFileName().toString())).containsExactly(cut.runId());
        }

        IngestResult next = ingest(false);

        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(articles(next)).as("files of the finished run are not cleaned again").isEmpty();
        assertThat(rejects(next)).isEmpty();
    }
}
