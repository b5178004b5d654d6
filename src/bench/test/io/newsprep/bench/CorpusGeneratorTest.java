package io.newsprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void writesTheRequestedNumberOfDistinctFilesOverSeveralSourceFolders() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("a.txt"), "Home\nFirst article body line, the longest one.\n");
        Files.writeString(templates.resolve("b.txt"), "Menu\nSecond article, a body line that is long.\n");
        Files.writeString(templates.resolve("ignored.json"), "{}");
        Path out = temp.resolve("corpus");

        long bytes = CorpusGenerator.write(CorpusGenerator.Kind.TEXT,
                CorpusTemplates.load(List.of(templates), ".txt"), 1200, out, false);

        List<Path> files = files(out);
        assertThat(files).hasSize(1200);
        assertThat(files.stream().mapToLong(CorpusGeneratorTest::size).sum()).isEqualTo(bytes);
        assertThat(files.stream().map(CorpusGeneratorTest::sha256).collect(Collectors.toSet())).hasSize(1200);
        Set<String> sources = files.stream().map(f -> out.relativize(f).getName(0).toString()).collect(Collectors.toSet());
        assertThat(sources).containsExactlyInAnyOrder("site-a", "site-b", "site-c", "site-d", "site-e");
        assertThat(files).allSatisfy(f -> assertThat(out.relativize(f).getNameCount()).isEqualTo(4));
    }

    @Test
    void layoutNamesTheTemplateAndTheCopyNumber() {
        assertThat(CorpusLayout.relativePath(0, "0b3c0f9e", ".txt")).isEqualTo("site-a/2020-01/01/0b3c0f9e-000000000.txt");
        assertThat(CorpusLayout.relativePath(1002, "x", ".html")).isEqualTo("site-c/2020-01/02/x-000001002.html");
    }

    @Test
    void decompressesGzipTemplates() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("html"));
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(templates.resolve("p.html.gz")))) {
            gz.write("<body><p>text</p></body>".getBytes(StandardCharsets.UTF_8));
        }

        List<CorpusTemplates.Template> loaded = CorpusTemplates.load(List.of(templates), ".html.gz");

        assertThat(loaded).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("p");
            assertThat(new String(t.bytes(), StandardCharsets.UTF_8)).isEqualTo("<body><p>text</p></body>");
        });
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
