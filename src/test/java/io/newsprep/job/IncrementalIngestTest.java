package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IncrementalIngestTest extends IngestJobTestSupport {

    @Test
    void secondRunOnAnUnchangedFolderCleansNothing() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("site/a" + i + ".txt", article("topic " + i));
        }
        IngestResult first = ingest(false);
        IngestResult second = ingest(false);

        assertThat(first.completed()).isTrue();
        assertThat(articles(first)).hasSize(5);
        assertThat(second.completed()).isTrue();
        assertThat(second.runFolder()).isNotEqualTo(first.runFolder());
        assertThat(articles(second)).isEmpty();
        assertThat(rejects(second)).isEmpty();
        assertThat(Files.readString(second.runFolder().resolve("report.json"))).contains("\"unchanged_skipped\" : 5");
    }

    @Test
    void onlyNewAndChangedFilesAreCleanedAgain() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("a" + i + ".txt", article("topic " + i));
        }
        ingest(false);
        write("b1.txt", article("new one"));
        write("b2.txt", article("new two"));
        write("deep/b3.txt", article("new three"));
        write("a2.txt", article("topic 2, corrected"));

        IngestResult result = ingest(false);

        assertThat(sourceFiles(articles(result))).containsExactly("a2.txt", "b1.txt", "b2.txt", "deep/b3.txt");
        String report = Files.readString(result.runFolder().resolve("report.json"));
        assertThat(report).contains("\"new\" : 3", "\"changed\" : 1", "\"unchanged_skipped\" : 4");
    }

    @Test
    void touchedOrMovedFilesWithTheSameBytesAreNotCleanedAgain() throws Exception {
        write("a.txt", article("alpha"));
        write("b.txt", article("beta"));
        ingest(false);
        Files.setLastModifiedTime(input().resolve("a.txt"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Files.createDirectories(input().resolve("moved"));
        Files.move(input().resolve("b.txt"), input().resolve("moved/b.txt"));

        IngestResult result = ingest(false);
        IngestResult afterwards = ingest(false);

        assertThat(articles(result)).isEmpty();
        assertThat(rejects(result)).isEmpty();
        assertThat(Files.readString(result.runFolder().resolve("report.json"))).contains("\"moved\" : 1");
        assertThat(Files.readString(afterwards.runFolder().resolve("report.json")))
                .as("the moved file is remembered under its new path").contains("\"unchanged_skipped\" : 2");
    }

    @Test
    void reprocessCleansEveryFileAgain() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("a" + i + ".txt", article("topic " + i));
        }
        ingest(false);

        IngestResult result = ingest(true);

        assertThat(sourceFiles(articles(result))).containsExactly("a1.txt", "a2.txt", "a3.txt", "a4.txt");
        assertThat(Files.readString(result.runFolder().resolve("report.json"))).contains("\"reprocessed\" : 4");
    }

    @Test
    void reprocessingCanBeLimitedToAGlob() throws Exception {
        write("asiae/a1.txt", article("one"));
        write("asiae/a2.txt", article("two"));
        write("other/o1.txt", article("three"));
        ingest(false);

        IngestResult result = launcher.run(new IngestRequest(input(), output(), true, "asiae/**"));

        assertThat(sourceFiles(articles(result))).containsExactly("asiae/a1.txt", "asiae/a2.txt");
    }

    @Test
    void identicalBytesUnderTwoNamesGiveOneArticleAndADuplicateReject() throws Exception {
        write("x/original.txt", article("twins"));
        write("y/copy.txt", article("twins"));
        write("z/copy-in-later-chunk.txt", article("twins"));
        write("other1.txt", article("other 1"));
        write("other2.txt", article("other 2"));

        IngestResult result = ingest(false);

        assertThat(sourceFiles(articles(result))).containsExactly("other1.txt", "other2.txt", "x/original.txt");
        assertThat(rejects(result)).extracting(r -> r.get("source_file"), r -> r.get("reason"), r -> r.get("duplicate_of"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("y/copy.txt", "duplicate", "x/original.txt"),
                        org.assertj.core.groups.Tuple.tuple("z/copy-in-later-chunk.txt", "duplicate", "x/original.txt"));
        Map<String, Object> original = articles(result).stream()
                .filter(a -> a.get("source_file").equals("x/original.txt")).findFirst().orElseThrow();
        assertThat(rejects(result).get(0).get("message").toString()).contains((String) original.get("id"));
    }
}
