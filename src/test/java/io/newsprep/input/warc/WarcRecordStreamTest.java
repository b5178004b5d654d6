package io.newsprep.input.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives written by jwarc from the development split's pages and dumps, compressed record by record and plain:
 * every response and conversion record comes out once, at the offset it was written at, and a record with a wrong
 * Content-Length or cut off by the end of the file comes out as a damaged record without taking another with it.
 */
class WarcRecordStreamTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    @TempDir
    Path dir;

    @BeforeAll
    static void split() {
        assumeTrue(Files.isDirectory(WarcFixture.EVAL_DEV.resolve("html")), "development split not present");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyPageOfACrawlIsOneRecordAtItsOffsetAndTheRestIsCounted(boolean gzip) throws Exception {
        List<WarcFixture.Capture> pages = WarcFixture.devPages(10);
        WarcFixture.Archive archive = WarcFixture.create().pages(pages).write(dir.resolve("crawl.warc" + (gzip ? ".gz" : "")), gzip, 0);

        List<ArchiveRecord> records = new ArrayList<>();
        Map<String, Long> passedOver;
        try (ArchiveRecords stream = open(archive.file())) {
            for (ArchiveRecord r = stream.next(); r != null; r = stream.next()) {
                records.add(r);
            }
            passedOver = stream.passedOver();
        }

        assertThat(records).extracting(r -> r.address().offset()).containsExactlyElementsOf(archive.offsets());
        assertThat(passedOver).containsEntry("request", 10L).containsEntry("metadata", 3L).containsEntry("warcinfo", 1L);
        for (int i = 0; i < records.size(); i++) {
            Dump dump = records.get(i).toDump();
            assertThat(dump.format()).isEqualTo(DumpFormat.HTML);
            assertThat(dump.metadata().crawledAt()).isEqualTo("2024-03-01T12:00:00Z");
            assertThat(dump.metadata().recordId()).startsWith("<urn:uuid:");
            assertThat(dump.metadata().url()).isNotNull();
            assertThat(dump.address().key()).isEqualTo(archive.file().getFileName() + "#" + archive.offsets().get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWrongContentLengthOrACutEndDamagesOnlyItsOwnRecord(boolean gzip) throws Exception {
        List<WarcFixture.Capture> pages = WarcFixture.devPages(10);
        WarcFixture.Archive archive = WarcFixture.create().pages(pages)
                .damage(3, WarcFixture.contentLengthOff(+5))
                .damage(6, WarcFixture.contentLengthOff(-7))
                .write(dir.resolve("crawl.warc" + (gzip ? ".gz" : "")), gzip, 100);

        List<ArchiveRecord> records = new ArrayList<>();
        try (ArchiveRecords stream = open(archive.file())) {
            for (ArchiveRecord r = stream.next(); r != null; r = stream.next()) {
                records.add(r);
            }
        }

        assertThat(records).extracting(r -> r.address().offset()).containsExactlyElementsOf(archive.offsets());
        Set<Integer> damaged = Set.of(3, 6, 9);
        for (int i = 0; i < records.size(); i++) {
            ArchiveRecord r = records.get(i);
            if (damaged.contains(i)) {
                assertThatThrownBy(r::toDump).isInstanceOf(RejectedDumpException.class)
                        .satisfies(e -> assertThat(((RejectedDumpException) e).reason()).isEqualTo(RejectReason.UNREADABLE))
                        .hasMessageContaining("damaged record");
            } else {
                assertThat(r.toDump().lines()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void conversionRecordsOfAWetFileAreTexts(boolean gzip) throws Exception {
        List<WarcFixture.Capture> texts = WarcFixture.devDumps(5);
        WarcFixture.Archive archive = WarcFixture.create().texts(texts)
                .write(dir.resolve("CC-MAIN-0001.warc.wet" + (gzip ? ".gz" : "")), gzip, 0);

        List<Dump> dumps = new ArrayList<>();
        try (ArchiveRecords stream = open(archive.file())) {
            for (ArchiveRecord r = stream.next(); r != null; r = stream.next()) {
                dumps.add(r.toDump());
            }
        }

        assertThat(dumps).hasSize(5).allSatisfy(d -> {
            assertThat(d.format()).isEqualTo(DumpFormat.TEXT);
            assertThat(d.encoding()).isEqualTo("UTF-8");
        });
        assertThat(dumps.get(0).lines()).isEqualTo(Files.readAllLines(
                WarcFixture.EVAL_DEV.resolve("dumps").resolve(texts.get(0).id() + ".txt")));
        assertThat(dumps.get(1).metadata().url()).isEqualTo(texts.get(1).url());
    }

    private ArchiveRecords open(Path file) throws RejectedDumpException {
        return new WarcReader().records(SourceFile.of(dir, file), LIMIT);
    }
}
