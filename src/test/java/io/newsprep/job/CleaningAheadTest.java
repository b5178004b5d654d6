package io.newsprep.job;

import io.newsprep.store.FileLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import io.newsprep.pipeline.ArticlePipeline;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The workers clean the next chunk's files while the step writes and commits a chunk. */
class CleaningAheadTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @MockitoSpyBean
    FileLedger ledger;

    @AfterEach
    void heal() {
        reset(pipeline, ledger);
    }

    @Test
    void theNextChunksFilesAreCleanedWhileAChunkIsWritten() throws Exception {
        for (int i = 0; i < 7; i++) {
            write("site/p" + i + ".txt", article("topic " + i));
        }
        // chunks of three: p3 belongs to the second chunk
        CountDownLatch secondChunkStarted = new CountDownLatch(1);
        doAnswer(call -> {
            secondChunkStarted.countDown();
            return call.callRealMethod();
        }).when(pipeline).clean(argThat((ArticlePipeline.Document d) -> d != null && d.dump().file().relativePath().equals("site/p3.txt")),
                any(), any());
        AtomicInteger writes = new AtomicInteger();
        AtomicBoolean cleanedDuringFirstWrite = new AtomicBoolean();
        doAnswer(call -> {
            if (writes.incrementAndGet() == 1) {
                // the first chunk's write waits, as a slow disk would, for the next chunk's cleaning to begin
                cleanedDuringFirstWrite.set(secondChunkStarted.await(10, TimeUnit.SECONDS));
            }
            return call.callRealMethod();
        }).when(ledger).record(anyString(), anyString(), anyList(), any());

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(cleanedDuringFirstWrite).isTrue();
        List<String> files = sourceFiles(articles(result));
        assertThat(files).containsExactly("site/p0.txt", "site/p1.txt", "site/p2.txt", "site/p3.txt", "site/p4.txt",
                "site/p5.txt", "site/p6.txt");
    }
}
