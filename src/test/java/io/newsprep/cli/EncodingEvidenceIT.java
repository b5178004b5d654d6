package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A UTF-8 file with a bad byte stays UTF-8 (the bad byte replaced and counted), and a stray NUL byte does not
 * make a text file binary. Real files through the real jar.
 */
class EncodingEvidenceIT {

    @TempDir
    Path work;

    @Test
    void aFewBadBytesInUtf8AreReplacedAndCountedAndRareNulsAreDropped() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        String article = Files.readString(Path.of("src/test/resources/seeds", "001_e63c77a8b3e5a699.txt"));
        // two curly apostrophes kept, the others plain: too few valid sequences for the old rule of three
        String twoCurly = article.replace("Russia’s war", "Russia's war").replace("North Korea’s", "North Korea's");
        assertThat(twoCurly.chars().filter(c -> c == '’').count()).isEqualTo(2);
        byte[] utf8 = twoCurly.getBytes(StandardCharsets.UTF_8);
        Files.write(landing.resolve("one-bad-byte.txt"), insert(utf8, "Kursk.", (byte) 0xe9));
        Files.write(landing.resolve("one-nul.txt"), insert(article.replace("Kursk", "Kursk region")
                .getBytes(StandardCharsets.UTF_8), "region.", (byte) 0));

        JarRunner.Result r = JarRunner.run(work, Duration.ofMinutes(5), List.of(),
                "ingest", "--input", landing.toString(), "--output", work.resolve("out").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Path run = Path.of(r.lastStdoutLine());
        assertThat(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))).as("no reject").isEmpty();
        List<JsonNode> articles = RunOutputs.jsonLines(run.resolve("articles.jsonl"));
        JsonNode badByte = bySource(articles, "one-bad-byte.txt");
        assertThat(badByte.get("encoding").asString()).isEqualTo("UTF-8 (repaired)");
        assertThat(badByte.get("body").asString()).contains("Russia’s Far East").doesNotContain("â€™")
                .contains("Kursk.\ufffd");
        assertThat(badByte.get("encoding_errors").asInt()).isEqualTo(1);
        JsonNode nul = bySource(articles, "one-nul.txt");
        assertThat(nul.get("body").asString()).contains("Kursk region.").doesNotContain("\u0000");
        assertThat(nul.get("encoding_errors").asInt()).isEqualTo(1);

        List<String> header = RunOutputs.csvHeader(run.resolve("articles.csv"));
        assertThat(header).as("the new field comes after the older ones").containsSubsequence("pipeline_version", "encoding_errors");
        for (CSVRecord record : RunOutputs.csvRecords(run.resolve("articles.csv"))) {
            assertThat(record.get("encoding_errors")).isEqualTo("1");
        }
    }

    private static JsonNode bySource(List<JsonNode> articles, String file) {
        return articles.stream().filter(a -> a.get("source_file").asString().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no article of " + file));
    }

    /** The bytes with one byte put right after the first occurrence of the marker. */
    private static byte[] insert(byte[] bytes, String after, byte b) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf(after);
        assertThat(at).as(after).isNotNegative();
        int offset = text.substring(0, at + after.length()).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, offset);
        out.write(b);
        out.write(bytes, offset, bytes.length - offset);
        return out.toByteArray();
    }
}
