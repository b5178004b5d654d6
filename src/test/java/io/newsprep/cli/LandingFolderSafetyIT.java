package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsprep.store.TestRepositoryServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a nightly run reads of a real landing folder, with the packaged jar: links out of it, its own output inside
 * it, a job repository that was replaced, and files beside the dumps that are not dumps.
 */
class LandingFolderSafetyIT {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path work;

    @Test
    void aLinkLeadingOutOfTheInputIsRejectedUnreadUnlessLinksAreFollowed() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("a.txt"), seed(0, "kept"), StandardCharsets.UTF_8);
        Path secret = Files.writeString(Files.createDirectories(work.resolve("private")).resolve("secret.txt"),
                seed(1, "SECRET-MARKER"), StandardCharsets.UTF_8);
        Files.createSymbolicLink(landing.resolve("secret.txt"), secret);
        Path output = work.resolve("out");

        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Path run = Path.of(r.lastStdoutLine());
        assertThat(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("articles.jsonl")))).containsExactly("a.txt");
        assertThat(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))).singleElement().satisfies(reject -> {
            assertThat(reject.get("source_file").asString()).isEqualTo("secret.txt");
            assertThat(reject.get("reason").asString()).isEqualTo("outside_input");
            assertThat(reject.get("message").asString()).contains("--follow-links");
        });
        for (String file : List.of("articles.jsonl", "articles.csv", "rejects.jsonl", "report.json")) {
            assertThat(Files.readString(run.resolve(file))).as(file).doesNotContain("SECRET-MARKER");
        }

        JarRunner.Result followed = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", output.toString(), "--follow-links");

        assertThat(followed.exitCode()).as(followed.stderr()).isZero();
        List<JsonNode> articles = RunOutputs.jsonLines(Path.of(followed.lastStdoutLine()).resolve("articles.jsonl"));
        assertThat(RunOutputs.sourceFiles(articles)).as("the link is read when asked, the rest is unchanged")
                .containsExactly("secret.txt");
    }

    @Test
    void whatARunWritesIsNoMoreOpenThanTheOutputFolder() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("a.txt"), seed(0, "private"), StandardCharsets.UTF_8);
        Path output = Files.createDirectories(work.resolve("out"));
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwx------"));

        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<Path> written;
        try (Stream<Path> tree = Files.walk(output.resolve("runs"))) {
            written = new ArrayList<>(tree.toList());
        }
        written.add(output.resolve(".newsprep"));
        assertThat(written).anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("articles.jsonl"));
        for (Path p : written) {
            assertThat(Files.getPosixFilePermissions(p)).as("permissions of " + output.relativize(p))
                    .doesNotContainAnyElementsOf(GROUP_OR_OTHERS);
        }
    }

    @Test
    void theRunNeverReadsItsOwnOutput() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("a.txt"), seed(0, "one"), StandardCharsets.UTF_8);
        Files.writeString(landing.resolve("b.txt"), seed(1, "two"), StandardCharsets.UTF_8);

        JarRunner.Result same = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", landing.toString());
        JarRunner.Result inside = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", work.toString());
        for (JarRunner.Result r : List.of(same, inside)) {
            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
            assertThat(r.stderr().strip().lines()).hasSize(1);
            assertThat(r.stderr()).contains("its own output");
        }
        assertThat(landing.resolve("runs")).as("nothing was written").doesNotExist();

        // the output inside the input, named through a link to the input, and nothing left out by default
        Path alias = Files.createSymbolicLink(work.resolve("alias"), landing);
        String output = alias.resolve("out").toString();
        JarRunner.Result first = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output,
                "--no-default-excludes");
        Files.writeString(landing.resolve("c.txt"), seed(2, "three"), StandardCharsets.UTF_8);
        JarRunner.Result second = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output,
                "--no-default-excludes");

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(everyDocument(Path.of(first.lastStdoutLine()))).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(everyDocument(Path.of(second.lastStdoutLine()))).containsExactly("c.txt");
        assertThat(RunOutputs.count(RunOutputs.report(Path.of(second.lastStdoutLine())), "files_listed")).isEqualTo(3);
    }

    @Test
    void aReplacedRepositoryIsNoticedAndRefusedUntilAccepted() throws Exception {
        assumeFalse(TestRepositoryServer.chosen(), "deletes the folder of an HSQLDB repository");
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("a.txt"), seed(0, "one"), StandardCharsets.UTF_8);
        Path output = work.resolve("out");
        JarRunner.Result first = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output.toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        Path latest = Files.readSymbolicLink(output.resolve("latest"));
        deleteTree(output.resolve(".newsprep/repository"));

        JarRunner.Result refused = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output.toString());

        assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(2);
        assertThat(refused.stderr().strip().lines()).hasSize(1);
        assertThat(refused.stderr()).contains("no record of").contains("--accept-new-repository");
        assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(latest);
        assertThat(RunOutputs.completedRuns(output)).hasSize(1);

        JarRunner.Result accepted = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", output.toString(), "--accept-new-repository");
        assertThat(accepted.exitCode()).as(accepted.stderr()).isZero();
        assertThat(everyDocument(Path.of(accepted.lastStdoutLine()))).containsExactly("a.txt");
    }

    @Test
    void filesThatAreNotDumpsAreLeftOutAndAnEmptyListingPublishesNothing() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        Files.writeString(landing.resolve("README.md"), "# Landing folder\n\nDumps arrive here every night from the crawler.\n");
        Files.writeString(landing.resolve("expected.json"), "{\"title\": \"An expected title of a page\"}\n");
        Files.writeString(landing.resolve("notes.csv"), "file,title\na.txt,An expected title of a page\n");
        Files.writeString(Files.createDirectories(landing.resolve(".git")).resolve("COMMIT_EDITMSG"), seed(3, "hidden"));
        Files.writeString(Files.createDirectories(landing.resolve("drafts")).resolve("d.txt"), seed(4, "draft"));
        Files.writeString(Files.createDirectories(landing.resolve("site/2026")).resolve("a.txt"), seed(0, "deep"));
        Files.writeString(landing.resolve("site/b.html"), "<html><head><title>Page</title></head><body><p>"
                + seed(1, "html") + "</p></body></html>");
        Path output = work.resolve("out");

        JarRunner.Result byDefault = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", work.resolve("out-default").toString());
        assertThat(byDefault.exitCode()).as(byDefault.stderr()).isZero();
        assertThat(everyDocument(Path.of(byDefault.lastStdoutLine())))
                .containsExactlyInAnyOrder("site/2026/a.txt", "site/b.html", "drafts/d.txt");

        JarRunner.Result onlyText = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", work.resolve("out-text").toString(), "--only", "*.txt");
        assertThat(onlyText.exitCode()).as(onlyText.stderr()).isZero();
        assertThat(everyDocument(Path.of(onlyText.lastStdoutLine())))
                .as("'*.txt' matches at any depth").containsExactlyInAnyOrder("site/2026/a.txt", "drafts/d.txt");

        JarRunner.Result all = JarRunner.run(work, "ingest", "--input", landing.toString(), "--output", output.toString(),
                "--exclude", "drafts");
        assertThat(all.exitCode()).as(all.stderr()).isZero();
        assertThat(everyDocument(Path.of(all.lastStdoutLine()))).containsExactlyInAnyOrder("site/2026/a.txt", "site/b.html");
        Path latest = Files.readSymbolicLink(output.resolve("latest"));

        JarRunner.Result noMatch = JarRunner.run(work, "ingest", "--input", landing.toString(),
                "--output", output.toString(), "--only", "*.xml");
        Path empty = Files.createDirectories(work.resolve("empty-landing"));
        Files.writeString(empty.resolve(".DS_Store"), "x");
        JarRunner.Result nothing = JarRunner.run(work, "ingest", "--input", empty.toString(), "--output", output.toString());

        assertThat(noMatch.exitCode()).as(noMatch.stderr()).isZero();
        assertThat(noMatch.stderr()).contains("nothing to ingest").contains("--only '*.xml'");
        assertThat(nothing.exitCode()).as(nothing.stderr()).isZero();
        assertThat(nothing.stderr()).contains("nothing to ingest").contains("excluded");
        assertThat(noMatch.stdout() + nothing.stdout()).as("no run folder to print").isBlank();
        assertThat(Files.readSymbolicLink(output.resolve("latest"))).as("latest not moved").isEqualTo(latest);
        assertThat(RunOutputs.completedRuns(output)).hasSize(1);
        assertThat(RunOutputs.stagingFolders(output)).isEmpty();
    }

    /** The source files of a run's articles and rejects. */
    private static List<String> everyDocument(Path run) throws Exception {
        List<String> all = new ArrayList<>(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("articles.jsonl"))));
        all.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))));
        return all;
    }

    private static String seed(int index, String label) throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            Path seed = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList().get(index);
            return Files.readString(seed, StandardCharsets.UTF_8) + "\nThis copy was filed under the label " + label + ".\n";
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
