package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same folder ingested with one thread and with four gives the same articles and rejects, byte for byte once
 * the run's own identifiers and times are masked: nothing a document's outcome depends on may vary with the order
 * in which the workers happen to clean the files.
 */
class ThreadCountIndependenceIT {

    @TempDir
    Path work;

    @Test
    void oneThreadAndFourThreadsGiveTheSameArticlesAndRejects() throws Exception {
        Path input = work.resolve("input");
        copyTree(Path.of("input"), input.resolve("seeds"));
        copyTree(Path.of("src/test/resources/seeds"), input.resolve("test-seeds"));
        copyTree(Path.of("src/test/resources/html"), input.resolve("pages"));
        for (int site = 0; site < 6; site++) {
            // pages whose blocks score alike: which one holds the article must not depend on the thread
            Files.writeString(Files.createDirectories(input.resolve("tied/site-" + site)).resolve("page.html"),
                    tiedBlocksPage(site), StandardCharsets.UTF_8);
        }
        Path one = ingest(input, "out-1", 1);
        Path four = ingest(input, "out-4", 4);
        for (String file : List.of("articles.jsonl", "articles.csv", "rejects.jsonl")) {
            assertThat(masked(four.resolve(file))).as(file).isEqualTo(masked(one.resolve(file)));
        }
        assertThat(Files.readAllLines(one.resolve("articles.jsonl"))).filteredOn(l -> l.contains("Block a of the council"))
                .hasSize(6);
    }

    private Path ingest(Path input, String output, int threads) throws Exception {
        JarRunner.Result r = JarRunner.run(work, Duration.ofMinutes(10), List.of(), "ingest", "--input", input.toString(),
                "--output", work.resolve(output).toString(), "--threads", Integer.toString(threads));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return Path.of(r.lastStdoutLine());
    }

    /** The run's identifier and times, which differ from run to run by design. */
    private static String masked(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replaceAll("\"(run_id|ingested_at)\":\"[^\"]*\"", "\"$1\":\"X\"")
                .replaceAll("[0-9]{8}T[0-9]{6}Z?[-_a-z0-9]*", "RUNID")
                .replaceAll("20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", "TIME");
    }

    private static String tiedBlocksPage(int site) {
        StringBuilder page = new StringBuilder("<html><head><title>Council notes " + site + "</title>"
                + "<link rel=\"canonical\" href=\"https://site" + site + ".example.org/notes\"></head><body>");
        String words = " of the council met on Tuesday, and the members spoke about the harbour, the ferry and the"
                + " budget for the coming years in a long session that ran well into the evening before a vote";
        for (int i = 0; i < 12; i++) {
            page.append("<section><div><p>Block ").append((char) ('a' + i)).append(words).append(words)
                    .append(".</p></div></section>");
        }
        return page.append("</body></html>").toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
