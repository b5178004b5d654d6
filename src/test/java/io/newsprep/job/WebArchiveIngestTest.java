package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.newsprep.input.warc.WarcFixture;
import io.newsprep.pipeline.ArticlePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Web archives in a landing folder, written by jwarc from the development split: every record that holds a page is
 * one article or one reject named {@code archive#offset}, a damaged record is a reject and loses nothing else,
 * records that hold no page are counted, an archive still being written is not read, a closed archive is skipped
 * when unchanged, and the records of one archive are cleaned on all worker threads.
 */
class WebArchiveIngestTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    private final Set<String> cleaningThreads = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void watchThreads() {
        assumeTrue(Files.isDirectory(WarcFixture.EVAL_DEV.resolve("html")), "development split not present");
        doAnswer(call -> {
            cleaningThreads.add(Thread.currentThread().getName());
            return call.callRealMethod();
        }).when(pipeline).clean(any(), any(), any());
    }

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    @Test
    void everyRecordIsOneArticleOrOneRejectAndADamagedRecordLosesNothingElse() throws Exception {
        // eleven pages: the last record of the file is a response, which the cut damages
        List<WarcFixture.Capture> pages = WarcFixture.devPages(11);
        WarcFixture.Archive crawl = WarcFixture.create().pages(pages)
                .damage(3, WarcFixture.contentLengthOff(+5))
                .damage(6, WarcFixture.contentLengthOff(-7))
                .write(input().resolve("crawl/2024/crawl-00001.warc.gz"), true, 100);
        WarcFixture.Archive plain = WarcFixture.create().pages(WarcFixture.devPages(4))
                .damage(1, WarcFixture.contentLengthOff(+3))
                .write(input().resolve("crawl/plain.warc"), false, 0);
        WarcFixture.Archive wet = WarcFixture.create().texts(WarcFixture.devDumps(5))
                .write(input().resolve("wet/CC-MAIN-00001.warc.wet.gz"), true, 0);
        WarcFixture.create().pages(WarcFixture.devPages(2)).write(input().resolve("crawl/crawl-00002.warc.gz.open"), true, 0);
        write("single.txt", article("bridge"));

        IngestResult first = ingest(false);

        assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
        List<String> expected = new ArrayList<>();
        expected.addAll(addresses("crawl/2024/crawl-00001.warc.gz", crawl));
        expected.addAll(addresses("crawl/plain.warc", plain));
        expected.addAll(addresses("wet/CC-MAIN-00001.warc.wet.gz", wet));
        expected.add("single.txt");
        List<Map<String, Object>> articles = articles(first);
        List<Map<String, Object>> rejects = rejects(first);
        List<String> all = new ArrayList<>(sourceFiles(articles));
        all.addAll(sourceFiles(rejects));
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rejects).filteredOn(r -> "unreadable".equals(r.get("reason")))
                .extracting(r -> (String) r.get("source_file"))
                .containsExactlyInAnyOrder(expected.get(3), expected.get(6), expected.get(10), expected.get(12));
        assertThat(articles).filteredOn(a -> ((String) a.get("source_file")).contains(".warc")).isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.get("crawled_at")).isEqualTo("2024-03-01T12:00:00Z");
                    assertThat((String) a.get("warc_record_id")).startsWith("<urn:uuid:");
                    assertThat(a.get("url")).isNotNull();
                });
        assertThat(articles).filteredOn(a -> "single.txt".equals(a.get("source_file")))
                .singleElement().satisfies(a -> assertThat(a.get("crawled_at")).isNull());
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(expected);
        String report = Files.readString(first.runFolder().resolve("report.json"));
        assertThat(report).contains("\"archive_records_skipped_request\" : 15", "\"archive_records_skipped_warcinfo\" : 3",
                "\"archive_records_skipped_metadata\" : 4");
        assertThat(cleaningThreads).hasSizeGreaterThanOrEqualTo(2);

        IngestResult second = ingest(false);
        assertThat(articles(second)).isEmpty();
        assertThat(rejects(second)).isEmpty();

        // touched but not changed: a closed archive is the same archive
        Files.setLastModifiedTime(crawl.file(), FileTime.from(Instant.now().plusSeconds(60)));
        IngestResult third = ingest(false);
        assertThat(articles(third)).isEmpty();
        assertThat(rejects(third)).isEmpty();
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aRunThatFailsInsideAnArchiveIsResumedWithEveryRecordExactlyOnce() throws Exception {
        WarcFixture.Archive crawl = WarcFixture.create().pages(WarcFixture.devPages(11))
                .write(input().resolve("crawl.warc.gz"), true, 0);
        List<String> all = addresses("crawl.warc.gz", crawl);
        // chunks of three records: the failure comes after two chunks were committed
        doThrow(new InternalError("simulated JVM failure")).when(pipeline).clean(
                argThat((ArticlePipeline.Document d) -> d != null && d.dump().address().key().equals(all.get(7))),
                any(), any());

        IngestResult failed = ingest(false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(ledgerAddresses()).isNotEmpty();
        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.restarted()).isTrue();
        List<String> written = new ArrayList<>(sourceFiles(articles(resumed)));
        written.addAll(sourceFiles(rejects(resumed)));
        assertThat(written).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(ledgerAddresses()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void anArchiveWithoutPagesOrNotAnArchiveAtAllIsOneReject() throws Exception {
        Files.write(input().resolve("broken.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Files.writeString(input().resolve("notes.warc"), "this is not a web archive\n");
        WarcFixture.create().write(input().resolve("info-only.warc"), false, 0);

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(articles(result)).isEmpty();
        // what cannot be read is a damaged first record; an archive of no page record is rejected as a whole
        assertThat(rejects(result)).extracting(r -> r.get("source_file") + " " + r.get("reason"))
                .containsExactlyInAnyOrder("broken.warc.gz#0 unreadable", "notes.warc#0 unreadable",
                        "info-only.warc empty");
    }

    private static List<String> addresses(String relative, WarcFixture.Archive archive) {
        return archive.offsets().stream().map(o -> relative + "#" + o).toList();
    }

    private List<String> ledgerAddresses() throws Exception {
        return jdbc.queryForList("SELECT RELATIVE_PATH FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = ?", String.class,
                input().toString());
    }
}
