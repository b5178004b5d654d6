package io.newsprep.cli;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsprep.store.TestRepositoryServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL of the real jar while it updates current/ (held there by the test-only pause property, once the new
 * version is staged), then the same command again: current/, the run folders and the ledger agree.
 */
class CurrentTableKillIT {

    private static final String PAUSE = "-Dnewsprep.test.current-update-pause-ms=120000";

    @TempDir
    Path work;

    @Test
    void aKillDuringTheCurrentUpdateLosesNothingOnceTheRunIsResumed() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = work.resolve("output");
        List<String> files = SeedCopies.write(input, 12);
        JarRunner.Result first = JarRunner.run(work, "ingest", "--input", "input", "--output", "output");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        String firstRun = Path.of(first.lastStdoutLine()).getFileName().toString();

        Files.writeString(input.resolve(files.get(0)), "\nA correction was added to this report on Monday.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(input.resolve(files.get(1)));
        SeedCopies.write(Files.createDirectories(work.resolve("more")), 13);
        Files.move(work.resolve("more/day-12/dump-00012.txt"), input.resolve("added.txt"));

        Process killed = JarRunner.start(work, List.of(PAUSE), "ingest", "--input", "input", "--output", "output");
        Path staged = awaitStagedCurrent(killed, output);
        killed.destroyForcibly();
        assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);
        assertThat(Files.exists(staged)).isTrue();
        // killed inside the update: readers still see the first run's table
        assertThat(Files.readSymbolicLink(output.resolve("current")).getFileName().toString()).isEqualTo(firstRun);
        assertThat(Files.readString(output.resolve("current/current.json"))).contains("\"articles\":12");

        JarRunner.Result resumed = JarRunner.run(work, "ingest", "--input", "input", "--output", "output");
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        String secondRun = Path.of(resumed.lastStdoutLine()).getFileName().toString();
        assertThat(Files.readSymbolicLink(output.resolve("current")).getFileName().toString()).isEqualTo(secondRun);

        Set<String> live = new TreeSet<>(files.subList(2, files.size()));
        live.add(files.get(0));
        live.add("added.txt");
        assertThat(parquetSources(output.resolve("current/articles.parquet"))).isEqualTo(live);
        assertThat(Files.readString(output.resolve("current/current.json"))).contains("\"articles\":" + live.size());
        List<JsonNode> deleted = RunOutputs.jsonLines(output.resolve("runs").resolve(secondRun).resolve("deleted.jsonl"));
        assertThat(RunOutputs.sourceFiles(deleted)).containsExactly(files.get(1));
        assertThat(RunOutputs.sourceFiles(RunOutputs.jsonLines(output.resolve("runs").resolve(secondRun)
                .resolve("articles.jsonl")))).containsExactlyInAnyOrder(files.get(0), "added.txt");
        try (Stream<Path> versions = Files.list(output.resolve(".newsprep/current"))) {
            assertThat(versions.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .containsExactly(secondRun); // the killed update's staging folder is gone
        }

        try (Connection db = repository(output); Statement s = db.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM NEWSPREP_FILE_LEDGER WHERE OUTCOME = 'article'"
                    + " AND RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN)")).isEqualTo(live.size());
            assertThat(count(s, "SELECT COUNT(*) FROM NEWSPREP_DELETED_DOCUMENT")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM NEWSPREP_PUBLISHED_RUN")).isEqualTo(2);
        }
    }

    private static Connection repository(Path output) throws SQLException {
        String server = ServerRepositories.databaseOf(output);
        return server != null
                ? DriverManager.getConnection(server, TestRepositoryServer.user(), TestRepositoryServer.password())
                : DriverManager.getConnection("jdbc:hsqldb:file:" + output.resolve(".newsprep/repository/newsprep")
                        + ";shutdown=true", "SA", "");
    }

        private static Path awaitStagedCurrent(Process process, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Path versions = output.resolve(".newsprep/current");
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (Files.isDirectory(versions)) {
                try (Stream<Path> entries = Files.list(versions)) {
                    List<Path> staged = entries.filter(p -> p.getFileName().toString().endsWith(".partial"))
                            .map(p -> p.resolve("current.json")).filter(Files::exists).toList();
                    if (!staged.isEmpty()) {
                        return staged.get(0).getParent();
                    }
                }
            }
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("the update of current/ never reached its pause");
    }

    private static Set<String> parquetSources(Path parquet) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_file FROM read_parquet('" + parquet + "')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
