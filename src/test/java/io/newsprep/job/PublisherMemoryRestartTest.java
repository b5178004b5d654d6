package io.newsprep.job;

import io.newsprep.store.PublisherLineStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.newsprep.pipeline.ArticlePipeline;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A run that fails and is resumed counts every document of a publisher exactly once. */
// reads the removed lines of articles.jsonl, which the default output keeps only as counts
@org.springframework.test.context.TestPropertySource(properties = "newsprep.removed=lines")
class PublisherMemoryRestartTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @Autowired
    PublisherLineStore sourceLines;

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    private static String page(int i) {
        return String.join("\n",
                "Cove Courier",
                "Fishermen report the best season in years, part " + (char) ('a' + i),
                "The boats came back full on every day of the week, and the harbour master said the quay had not "
                        + "been this busy since the old cannery closed, " + "many ".repeat(i) + "years ago.",
                "Tide tables and more",
                "Buyers from the city drove down before dawn to bid for the catch, and prices held up better than "
                        + "anyone at the market had expected when the season began.",
                "Cove Courier members area",
                "The co-operative will meet next month to decide how to share the extra income among its members.");
    }

    private void writePages() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("covecourier.net/p" + i + ".txt", page(i));
        }
    }

    private int documentsRemembered(String source) {
        return sourceLines.publishers(1).stream().filter(p -> p.source().equals(source))
                .mapToInt(PublisherLineStore.Publisher::documents).sum();
    }

    @SuppressWarnings("unchecked")
    private static void assertChromeRemovedFromAll(IngestResult result) throws Exception {
        List<Map<String, Object>> articles = articles(result);
        assertThat(articles).hasSize(5).allSatisfy(a -> {
            assertThat((String) a.get("body")).doesNotContain("Tide tables and more", "members area");
            assertThat((List<Map<String, Object>>) a.get("removed")).filteredOn(r -> r.get("text").equals("Tide tables and more"))
                    .singleElement().satisfies(r -> assertThat(r.get("rule")).isEqualTo("site-recurring:5-docs"));
        });
    }

    @Test
    void aFailureWhileCountingLeavesNoCountsAndTheResumedRunCountsEachPageOnce() throws Exception {
        writePages();
        doThrow(new InternalError("simulated JVM failure")).when(pipeline)
                .identify(argThat((ArticlePipeline.Document d) -> d != null && d.dump().file().relativePath().equals("covecourier.net/p3.txt")));

        IngestResult failed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(documentsRemembered("covecourier.net")).isZero();

        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.restarted()).isTrue();
        assertThat(documentsRemembered("covecourier.net")).isEqualTo(5);
        assertChromeRemovedFromAll(resumed);
    }

    @Test
    void aFailureAfterTheFirstBatchWasRecordedStillCountsEveryPageOnceOnResume() throws Exception {
        int pages = 140; // the learn step records counted pages 128 at a time: the failure comes after one batch
        for (int i = 0; i < pages; i++) {
            write(String.format("covecourierdaily.net/p%03d.txt", i), page(i).replace("Cove Courier", "Cove Courier Daily"));
        }
        doThrow(new InternalError("simulated JVM failure")).when(pipeline)
                .identify(argThat((ArticlePipeline.Document d) -> d != null && d.dump().file().relativePath().equals("covecourierdaily.net/p135.txt")));

        IngestResult failed = ingest(false);
        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(resumed.restarted()).isTrue();
        assertThat(documentsRemembered("covecourierdaily.net")).isEqualTo(pages);
    }

    @Test
    void aFailureWhileCleaningDoesNotCountThePagesTwice() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("covecourierweekend.net/p" + i + ".txt", page(i).replace("Cove Courier", "Weekend Courier"));
        }
        doThrow(new InternalError("simulated JVM failure")).when(pipeline)
                .clean(argThat((ArticlePipeline.Document d) -> d != null && d.dump().file().relativePath().equals("covecourierweekend.net/p4.txt")),
                        any(), any());

        IngestResult failed = ingest(false);
        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(documentsRemembered("covecourierweekend.net")).isEqualTo(5);
    }
}
