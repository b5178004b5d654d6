package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * One nightly run over a landing folder of everything that goes wrong in practice, in a small heap: it must
 * finish, account for every file once, and explain each reject in one line.
 */
class HostileInputIT {

    private static final Set<String> REASONS = Set.of("empty", "binary", "undecodable", "no_article", "too_large",
            "unreadable", "duplicate", "internal_error");

    @TempDir
    Path work;

    @Test
    void aRunOverHostileInputFinishesInASmallHeapAndAccountsForEveryFile() throws Exception {
        HostileLandingFolder landing = new HostileLandingFolder(work.resolve("landing")).generate();

        JarRunner.Result r = JarRunner.run(work, Duration.ofMinutes(15), List.of("-Xmx256m"),
                "ingest", "--input", landing.root().toString(), "--output", work.resolve("out").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).as("no stack trace on standard error").doesNotContain("\tat ").doesNotContain("Exception");
        Path run = Path.of(r.lastStdoutLine());
        List<JsonNode> articles = RunOutputs.jsonLines(run.resolve("articles.jsonl"));
        List<JsonNode> rejects = RunOutputs.jsonLines(run.resolve("rejects.jsonl"));

        List<String> seen = new ArrayList<>(RunOutputs.sourceFiles(articles));
        seen.addAll(RunOutputs.sourceFiles(rejects));
        assertThat(seen).as("every listed entry exactly once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(landing.expected().keySet());

        Map<String, String> reasons = new HashMap<>();
        for (JsonNode reject : rejects) {
            String file = reject.get("source_file").asString();
            String reason = reject.get("reason").asString();
            String message = reject.get("message").asString();
            reasons.put(file, reason);
            System.out.println("rejected " + file + ": " + reason + ": " + message);
            assertThat(reason).as(file).isIn(REASONS).isNotEqualTo("internal_error");
            assertThat(message).as(file).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        landing.expected().forEach((file, reason) -> {
            if (reason != null) {
                assertThat(reasons.get(file)).as("reject reason of " + file).isEqualTo(reason);
            }
        });
        assertThat(reasons).as("decodable articles under awkward names are kept")
                .doesNotContainKeys("name with spaces.txt", "ünïcødé 日本語 ☃.txt", "-leading-dash.txt",
                        "packed.txt", "cr-only-line-ends.txt", "multibyte-cut-at-end.txt");
        assertThat(rejects).filteredOn(reject -> reject.get("source_file").asString().equals("nineteen-megabytes.txt"))
                .singleElement().satisfies(reject -> assertThat(reject.get("message").asString()).contains("heap"));
        assertThat(articles).anySatisfy(a -> assertThat(a.get("source_file").asString()).endsWith("level-29/bottom.txt"));

        articles.forEach(a -> System.out.println("article " + a.get("source_file").asString() + ": "
                + a.get("word_count").asLong() + " words, " + a.get("encoding").asString()));
        JsonNode report = RunOutputs.report(run);
        assertThat(RunOutputs.count(report, "files_listed")).isEqualTo(landing.expected().size());
        assertThat(RunOutputs.count(report, "articles")).isEqualTo(articles.size());
        assertThat(RunOutputs.count(report, "rejects")).isEqualTo(rejects.size());
        assertThat(report.path("rejects_by_reason").path("too_large").asLong()).isEqualTo(2);
        assertThat(report.path("rejects_by_reason").path("internal_error").asLong()).isZero();
    }

    @Test
    void aFileWithoutReadPermissionIsRejectedAsUnreadable() throws Exception {
        Path landing = Files.createDirectories(work.resolve("locked-landing"));
        Path locked = Files.writeString(landing.resolve("locked.txt"), "A dump nobody may read.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "chmod 000 does not stop this user (root) from reading");

        JarRunner.Result r = JarRunner.run(work, Duration.ofMinutes(5), List.of(),
                "ingest", "--input", landing.toString(), "--output", work.resolve("out-locked").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<JsonNode> rejects = RunOutputs.jsonLines(Path.of(r.lastStdoutLine()).resolve("rejects.jsonl"));
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.get("reason").asString()).isEqualTo("unreadable");
            assertThat(reject.get("message").asString()).contains("permission denied");
        });
    }

    @Test
    void fileNamesTheLocaleCannotDecodeAreRejectsThatSayWhatToDo() throws Exception {
        Path landing = Files.createDirectories(work.resolve("names-landing"));
        String article = Files.readString(Path.of("src/test/resources/seeds", "000_9167c36940e0c0e0.txt"));
        Files.writeString(landing.resolve("plain.txt"), article + "\nReport number 1 was filed today.\n");
        Files.writeString(landing.resolve("아시아경제.txt"), article + "\nReport number 2 was filed today.\n");
        // a name that is not UTF-8 at all (byte 0xFF), which Java cannot create itself
        Process shell = new ProcessBuilder("sh", "-c", "printf 'Short text\\n' > \"$(printf 'latin1-\\377.txt')\"")
                .directory(landing.toFile()).inheritIO().start();
        assertThat(shell.waitFor()).isZero();

        JarRunner.Result utf8 = JarRunner.runWithEnvironment(Map.of("LC_ALL", "C.UTF-8"), work,
                "ingest", "--input", landing.toString(), "--output", work.resolve("out-utf8").toString());
        JarRunner.Result ascii = JarRunner.runWithEnvironment(Map.of("LC_ALL", "C", "LANG", "C"), work,
                "ingest", "--input", landing.toString(), "--output", work.resolve("out-c").toString());

        for (JarRunner.Result r : List.of(utf8, ascii)) {
            assertThat(r.exitCode()).as(r.stderr()).isZero();
            Path run = Path.of(r.lastStdoutLine());
            assertThat(RunOutputs.jsonLines(run.resolve("articles.jsonl")).size()
                    + RunOutputs.jsonLines(run.resolve("rejects.jsonl")).size()).as("every file once").isEqualTo(3);
        }
        List<JsonNode> utf8Rejects = RunOutputs.jsonLines(Path.of(utf8.lastStdoutLine()).resolve("rejects.jsonl"));
        assertThat(utf8Rejects).singleElement().satisfies(reject -> {
            assertThat(reject.get("source_file").asString()).startsWith("latin1-");
            assertThat(reject.get("reason").asString()).isEqualTo("unreadable");
            assertThat(reject.get("message").asString()).contains("file name is not valid in UTF-8").contains("rename");
        });
        List<JsonNode> asciiRejects = RunOutputs.jsonLines(Path.of(ascii.lastStdoutLine()).resolve("rejects.jsonl"));
        assertThat(asciiRejects).hasSize(2).allSatisfy(reject -> {
            assertThat(reject.get("reason").asString()).isEqualTo("unreadable");
            assertThat(reject.get("message").asString()).contains("LANG=C.UTF-8");
        });
        assertThat(RunOutputs.sourceFiles(RunOutputs.jsonLines(Path.of(ascii.lastStdoutLine()).resolve("articles.jsonl"))))
                .containsExactly("plain.txt");
    }
}
