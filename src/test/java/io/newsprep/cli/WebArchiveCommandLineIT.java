package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsprep.input.warc.WarcFixture;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on a tiny crawl: ingest names each page {@code archive#offset}, and explain shows one record. */
class WebArchiveCommandLineIT {

    @TempDir
    Path work;

    @Test
    void ingestNamesRecordsByOffsetAndExplainShowsOneRecord() throws Exception {
        assumeTrue(Files.isDirectory(WarcFixture.EVAL_DEV.resolve("html")), "development split not present");
        Path input = Files.createDirectories(work.resolve("input"));
        WarcFixture.Archive archive = WarcFixture.create().pages(WarcFixture.devPages(2))
                .write(input.resolve("crawl.warc.gz"), true, 0);
        long second = archive.offsets().get(1);

        JarRunner.Result ingest = JarRunner.run(work, "ingest", "--input", "input", "--output", "out");
        JarRunner.Result explain = JarRunner.run(work, "explain", "input/crawl.warc.gz", "--record", Long.toString(second),
                "--dropped");
        JarRunner.Result noRecord = JarRunner.run(work, "explain", "input/crawl.warc.gz");
        JarRunner.Result wrongOffset = JarRunner.run(work, "explain", "input/crawl.warc.gz", "--record", "1");

        assertThat(ingest.exitCode()).as(ingest.stderr()).isZero();
        assertThat(Files.readString(work.resolve("out/latest/articles.jsonl")))
                .contains("\"source_file\":\"crawl.warc.gz#" + archive.offsets().get(0) + "\"")
                .contains("\"source_file\":\"crawl.warc.gz#" + second + "\"")
                .contains("\"crawled_at\":\"2024-03-01T12:00:00Z\"");
        assertThat(explain.exitCode()).as(explain.stderr()).isZero();
        assertThat(explain.stdout()).contains("crawl.warc.gz#" + second, "crawled_at", "<urn:uuid:", "DROP");
        assertThat(noRecord.exitCode()).isEqualTo(2);
        assertThat(noRecord.stderr()).contains("--record OFFSET");
        assertThat(wrongOffset.exitCode()).isEqualTo(2);
        assertThat(wrongOffset.stderr()).contains("no page record starts at offset 1");
    }
}
