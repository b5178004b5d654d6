package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 small distinct dumps through a manager and two workers (see {@link RemoteCluster}): the same articles as
 * a single-process run, field for field (the copies of each seed are near-duplicates, so the clusters are
 * compared too), every file exactly once. Slow on a small machine: runs with {@code -Pcrash}.
 */
class RemoteWorkersCorpusIT {

    private static final int DUMPS = 20_000;

    @TempDir
    Path work;

    @Test
    void twentyThousandDumpsAsOneProcessCleansThem() throws Exception {
        Path input = work.resolve("landing");
        List<String> files = SeedCopies.write(input, DUMPS);
        JarRunner.Result local = JarRunner.run(work, "ingest", "--input", input.toString(),
                "--output", work.resolve("local").toString(), "--threads", "2");
        assertThat(local.exitCode()).as(local.stderr()).isZero();
        try (RemoteCluster cluster = new RemoteCluster(work)) {
            cluster.startWorker("a");
            cluster.startWorker("b");
            JarRunner.Result remote = cluster.runManager(input, work.resolve("remote"), 2000);
            assertThat(remote.exitCode()).as(remote.stderr()).isZero();
        }
        Path localRun = work.resolve("local/latest").toRealPath();
        Path remoteRun = work.resolve("remote/latest").toRealPath();
        assertThat(RemoteWorkersIT.articles(localRun).values()).as("the copies of a seed are near-duplicates")
                .anyMatch(article -> article.contains("\"duplicate_of\":\""));
        assertThat(RemoteWorkersIT.articles(remoteRun)).isEqualTo(RemoteWorkersIT.articles(localRun));
        assertThat(RemoteWorkersIT.rejects(remoteRun)).isEqualTo(RemoteWorkersIT.rejects(localRun));
        RemoteWorkersIT.assertEveryFileOnce(remoteRun, files);
    }
}
