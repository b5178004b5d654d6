package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user who does not want a killed run resumed deletes its staging folder; the next run then starts afresh. */
class AbandonRunIT {

    @TempDir
    Path work;

    @Test
    void deletingTheStagingFolderOfAKilledRunMakesTheNextRunStartAfresh() throws Exception {
        Path input = work.resolve("landing");
        Path output = work.resolve("out");
        List<String> files = SeedCopies.write(input, 1_500);
        String[] ingest = {"ingest", "--input", input.toString(), "--output", output.toString(), "--threads", "2"};
        Process first = JarRunner.start(work, List.of(), ingest);
        // after its first commit, so that the killed run has files in the ledger
        assertThat(Kills.onceStagedArticlesPass(first, output, 0)).as("killed mid-run").isPositive();
        List<Path> staging = RunOutputs.stagingFolders(output);
        assertThat(staging).hasSize(1);
        String abandonedRun = staging.get(0).getFileName().toString();
        deleteTree(staging.get(0));

        JarRunner.Result r = JarRunner.run(work, ingest);

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("not resuming run").doesNotContain("\tat ");
        Path run = Path.of(r.lastStdoutLine());
        assertThat(abandonedRun).doesNotContain(run.getFileName().toString());
        assertThat(RunOutputs.completedRuns(output)).containsExactly(run);
        List<String> seen = new ArrayList<>(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("articles.jsonl"))));
        seen.addAll(RunOutputs.sourceFiles(RunOutputs.jsonLines(run.resolve("rejects.jsonl"))));
        assertThat(seen).as("the new run cleans every file, including those the abandoned run had done")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
