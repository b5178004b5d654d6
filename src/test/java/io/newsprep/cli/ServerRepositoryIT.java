package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsprep.store.TestRepositoryServer;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL job repository as the operator meets it: its URL, its credentials, its server away or busy. */
class ServerRepositoryIT {

    @TempDir
    Path work;

    @Test
    void aPasswordInTheUrlIsRefusedInOneLineWithoutRepeatingIt() throws Exception {
        SeedCopies.write(work.resolve("in"), 1);
        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", "in", "--output", "out",
                "--repository", "jdbc:postgresql://localhost/newsprep?user=etl&password=hunter2");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip()).doesNotContain("\n").doesNotContain("hunter2")
                .contains("the URL holds a password").contains("NEWSPREP_REPOSITORY_PASSWORD");
    }

    @Test
    void aServerThatIsNotThereIsNamedInOneLineWithWhatToCheck() throws Exception {
        SeedCopies.write(work.resolve("in"), 1);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        JarRunner.Result r = JarRunner.run(work, "ingest", "--input", "in", "--output", "out",
                "--repository", "jdbc:postgresql://localhost:" + port + "/newsprep");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .contains("cannot connect to the job repository at localhost:" + port + " (database newsprep)")
                .contains("pg_hba.conf");
    }

    @Test
    void aSecondIngestOnTheSameServerRepositoryIsRefusedWhileTheFirstRuns() throws Exception {
        assumeTrue(TestRepositoryServer.chosen(), "needs a PostgreSQL server (NEWSPREP_TEST_REPOSITORY)");
        SeedCopies.write(work.resolve("in"), 5);
        String repository = TestRepositoryServer.newDatabase("busy");
        Process first = JarRunner.start(work, List.of("-Dnewsprep.test.current-update-pause-ms=30000"), "ingest",
                "--input", "in", "--output", "out", "--repository", repository, "--threads", "1");
        try {
            // the second starts once the first holds the repository: its running-run note appears
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.exists(work.resolve("out/.newsprep/running")) && first.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            JarRunner.Result second = JarRunner.run(work, "ingest", "--input", "in", "--output", "out",
                    "--repository", repository);
            assertThat(first.isAlive()).as("the first run, paused before it updates current/").isTrue();
            assertThat(second.exitCode()).as(second.stderr()).isEqualTo(1);
            assertThat(second.stderr().strip()).startsWith("newsprep: another ingest is using this repository (run ")
                    .endsWith("nothing was written");
        } finally {
            assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(first.exitValue()).isZero();
    }
}
