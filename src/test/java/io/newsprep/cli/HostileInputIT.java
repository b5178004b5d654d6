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
}
