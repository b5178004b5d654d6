package io.newsprep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsprep.eval.BodyEvaluator;
import io.newsprep.eval.EvaluationResult;
import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.SourceFile;
import io.newsprep.input.warc.WarcFixture;
import io.newsprep.memory.PublisherMemory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development split's 50 saved pages, crawled into a WARC file by jwarc, clean to the same bodies, and the
 * same body F1, as the same pages read as HTML files: the archive adds the crawl's address and date, not noise.
 */
class WebArchiveQualityTest {

    private static final Provenance RUN = new Provenance("test", "2026-01-01T00:00:00Z", "test");

    @TempDir
    Path dir;

    @Test
    void pagesReadFromAWarcScoreTheSameBodyF1AsTheSamePagesReadAsHtmlFiles() throws Exception {
        assumeTrue(Files.isDirectory(WarcFixture.EVAL_DEV.resolve("html")), "development split not present");
        List<WarcFixture.Capture> pages = WarcFixture.devPages(50);
        WarcFixture.Archive archive = WarcFixture.create().pages(pages).write(dir.resolve("dev.warc.gz"), true, 0);
        ArticlePipeline pipeline = PipelineFactory.standard();

        Map<String, String> fromFiles = new HashMap<>();
        for (WarcFixture.Capture page : pages) {
            Path file = Files.write(dir.resolve(page.id() + ".html"), page.content());
            fromFiles.put(page.id(), body(pipeline.process(SourceFile.of(dir, file), RUN)));
        }
        Map<String, String> fromArchive = new HashMap<>();
        try (ArchiveRecords records = pipeline.records(SourceFile.of(dir, archive.file()))) {
            int i = 0;
            for (ArchiveRecord record = records.next(); record != null; record = records.next()) {
                fromArchive.put(pages.get(i++).id(), body(pipeline.clean(new ArticlePipeline.Loaded(record.toDump()),
                        RUN, PublisherMemory.EMPTY)));
            }
        }

        Map<String, String> gold = gold();
        EvaluationResult files = new BodyEvaluator().evaluate(gold, fromFiles);
        EvaluationResult warc = new BodyEvaluator().evaluate(gold, fromArchive);
        System.out.printf("body F1: HTML files %.4f, WARC records %.4f%n", files.f1(), warc.f1());
        assertThat(fromArchive).hasSize(50);
        assertThat(warc.f1()).isEqualTo(files.f1());
        assertThat(fromArchive).isEqualTo(fromFiles);
    }

    private static String body(Outcome outcome) {
        return outcome instanceof Outcome.Accepted a ? a.article().body() : "";
    }

    private static Map<String, String> gold() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(WarcFixture.EVAL_DEV.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = mapper.readTree(line);
                gold.put(n.path("id").asString(), n.path("articleBody").asString());
            }
        }
        return gold;
    }
}
