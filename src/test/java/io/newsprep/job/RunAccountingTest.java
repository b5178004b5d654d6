package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class RunAccountingTest extends IngestJobTestSupport {

    @Test
    void everyInputFileEndsUpExactlyOnceInArticlesOrRejects() throws Exception {
        write("good/one.txt", article("one"));
        write("good/two words name.txt", article("two"));
        write("good/ünïcødé.txt", article("three"));
        write("-leading-dash.txt", article("four"));
        write("bad/empty.txt", "");
        write("bad/blank.txt", "   \n\n\t \n");
        Files.write(input().resolve("bad/binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(input().resolve("good/packed.txt"), gzip(article("five")));
        write("nested/a/b/c/d/deep.txt", article("six"));

        IngestResult result = ingest(false);

        assertThat(result.completed()).isTrue();
        List<String> seen = new ArrayList<>(sourceFiles(articles(result)));
        seen.addAll(sourceFiles(rejects(result)));
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filesUnder(input()));
        assertThat(rejects(result)).allSatisfy(r -> {
            assertThat((String) r.get("reason")).isNotBlank();
            assertThat((String) r.get("message")).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        });
        assertThat(sourceFiles(rejects(result))).contains("bad/empty.txt", "bad/blank.txt", "bad/binary.txt");
    }

    @Test
    void theRunFolderAppearsOnlyWhenTheRunHasCompletedAndLatestPointsAtIt() throws Exception {
        write("a.txt", article("alpha"));

        IngestResult result = ingest(false);

        Path latest = output().resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        assertThat(latest.toRealPath()).isEqualTo(result.runFolder().toRealPath());
        assertThat(result.runFolder().getFileName().toString()).isEqualTo(result.runId());
        try (Stream<Path> runs = Files.list(output().resolve("runs"))) {
            assertThat(runs.map(p -> p.getFileName().toString())).containsExactly(result.runId());
        }
        try (Stream<Path> files = Files.list(result.runFolder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("articles.jsonl", "articles.csv", "rejects.jsonl", "report.json",
                            "report.html", "articles.parquet", "deleted.jsonl");
        }
    }

    private static List<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
