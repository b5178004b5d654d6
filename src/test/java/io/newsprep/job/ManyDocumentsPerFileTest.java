package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.newsprep.pipeline.ArticlePipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A JSON Lines file holds many pages: each becomes its own article or reject, named {@code path#offset} (the byte
 * offset of its line), while change detection, the ledger's "unchanged" and a restart work per file.
 */
class ManyDocumentsPerFileTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    @Test
    void everyRecordOfAFileBecomesAnArticleNamedByItsOffsetAndAnUnchangedFileIsSkippedWhole() throws Exception {
        List<String> addresses = writeFeed("feed/pages.jsonl", "harbour", "tram line", "library");
        write("single.txt", article("bridge"));

        IngestResult first = ingest(false);

        assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> articles = articles(first);
        List<String> expected = new ArrayList<>(addresses);
        expected.add("single.txt");
        assertThat(sourceFiles(articles)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(articles.stream().map(a -> a.get("id")).distinct()).hasSize(4);
        assertThat(articles).filteredOn(a -> addresses.get(1).equals(a.get("source_file"))).singleElement()
                .satisfies(a -> {
                    assertThat((String) a.get("title")).contains("tram line");
                    assertThat(a.get("url")).isEqualTo("https://news.example/tram-line");
                });
        assertThat(rejects(first)).isEmpty();
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(expected);

        IngestResult second = ingest(false);

        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(articles(second)).isEmpty();
        assertThat(rejects(second)).isEmpty();
    }

    @Test
    void aChangedFileEmitsAllItsRecordsAgainUnderTheirNewOffsets() throws Exception {
        writeFeed("pages.jsonl", "harbour", "tram line", "library");
        assertThat(articles(ingest(false))).hasSize(3);

        // a longer first record moves the others
        List<String> changed = writeFeed("pages.jsonl", "harbour and the new ferry terminal", "tram line", "library");
        Files.setLastModifiedTime(input().resolve("pages.jsonl"), FileTime.from(Instant.now().plusSeconds(60)));

        IngestResult second = ingest(false);

        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sourceFiles(articles(second))).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(rejects(second)).isEmpty();
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(changed);
    }

    @Test
    void anEmptyRecordIsARejectBesideTheArticlesOfTheOtherRecords() throws Exception {
        List<String> addresses = writeFeed("pages.jsonl", "harbour", "", "library");

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sourceFiles(articles(result))).containsExactlyInAnyOrder(addresses.get(0), addresses.get(2));
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("source_file")).isEqualTo(addresses.get(1));
            assertThat(r.get("reason")).isEqualTo("no_article");
        });
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(addresses);
    }

    @Test
    void aRecordThatBreaksThePipelineIsAnInternalErrorRejectBesideItsSiblings() throws Exception {
        List<String> addresses = writeFeed("pages.jsonl", "harbour", "tram line", "library");
        doThrow(new IllegalStateException("cleaner defect")).when(pipeline).clean(addressed(addresses.get(1)), any(),
                any());

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(sourceFiles(articles(result))).containsExactlyInAnyOrder(addresses.get(0), addresses.get(2));
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("source_file")).isEqualTo(addresses.get(1));
            assertThat(r.get("reason")).isEqualTo("internal_error");
            assertThat((String) r.get("message")).contains("cleaner defect");
        });
    }

    @Test
    void aRunThatFailsInsideAFileIsResumedWithEveryRecordExactlyOnce() throws Exception {
        List<String> all = new ArrayList<>();
        List<String> failing = null;
        for (int f = 1; f <= 6; f++) {
            List<String> addresses = writeFeed(String.format("f%02d.jsonl", f), "harbour " + f, "tram line " + f,
                    "library " + f);
            all.addAll(addresses);
            if (f == 5) {
                failing = addresses;
            }
        }
        String breaking = failing.get(1);
        doThrow(new InternalError("simulated JVM failure")).when(pipeline).clean(addressed(breaking), any(), any());

        IngestResult failed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.restarted()).isTrue();
        List<String> written = sourceFiles(articles(resumed));
        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(rejects(resumed)).isEmpty();
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(all);
    }

    /** Writes a JSON Lines file with one page per topic (an empty topic gives an empty text); returns the addresses. */
    private List<String> writeFeed(String relativePath, String... topics) throws Exception {
        StringBuilder content = new StringBuilder();
        List<String> addresses = new ArrayList<>();
        for (String topic : topics) {
            addresses.add(relativePath + "#" + content.toString().getBytes(StandardCharsets.UTF_8).length);
            String text = topic.isEmpty() ? "" : article(topic);
            content.append("{\"url\":\"https://news.example/").append(topic.replace(' ', '-')).append("\",\"text\":\"")
                    .append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        Path file = write(relativePath, content.toString());
        assertThat(file).exists();
        return addresses;
    }

    private List<String> ledgerAddresses() throws Exception {
        return jdbc.queryForList("SELECT RELATIVE_PATH FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = ?", String.class,
                input().toString());
    }

    private static ArticlePipeline.Document addressed(String key) {
        return argThat(d -> d != null && d.dump().address().key().equals(key));
    }
}
