package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsprep.store.TestRepositoryServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A job repository made before the schema came from migrations: Spring Batch's schema script and newsprep's own
 * script of that time (kept as a test resource) make its tables, filled with a real run's rows. The packaged jar
 * opens it, baselines it and applies the later migrations, and the run after that finds every file unchanged: the
 * ledger, the published runs and the job's history came through.
 */
class RepositoryUpgradeIT {

    /** In the order the foreign keys need. */
    private static final List<String> TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_INSTANCE_SEQ",
            "NEWSPREP_FILE_LEDGER", "NEWSPREP_PUBLISHED_RUN", "NEWSPREP_SOURCE", "NEWSPREP_SOURCE_LINE",
            "NEWSPREP_COUNTED_DOC", "NEWSPREP_DELETED_DOCUMENT", "NEWSPREP_MIGRATION", "NEWSPREP_DOC_SIGNATURE");

    @TempDir
    Path work;

    @Test
    void aRepositoryMadeBeforeMigrationsIsBaselinedAndKeepsItsLedger() throws Exception {
        assumeFalse(TestRepositoryServer.chosen(), "upgrades an HSQLDB file repository, which the default run of the tests covers");
        Path input = work.resolve("landing");
        SeedCopies.write(input, 5);
        Path output = work.resolve("out");
        Path made = work.resolve("made-repository");
        JarRunner.Result first = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", output.toString(),
                "--repository", made.toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();

        Path old = output.resolve(RepositoryLocation.DEFAULT_FOLDER);
        SingleConnectionDataSource before = database(old);
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"),
                new ClassPathResource("db/newsprep-schema-before-migrations.sql")).execute(before);
        SingleConnectionDataSource run = database(made);
        int ledgerRows = copy(new JdbcTemplate(run), new JdbcTemplate(before));
        close(run);
        close(before);
        assertThat(ledgerRows).isEqualTo(5);

        JarRunner.Result second = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", output.toString(),
                "--repository", old.toString());
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stderr()).contains("5 files listed, 0 new, 0 changed, 0 reprocessed, 5 unchanged (skipped)");

        SingleConnectionDataSource after = database(old);
        JdbcTemplate jdbc = new JdbcTemplate(after);
        assertThat(jdbc.queryForList("SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = 1 ORDER BY \"installed_rank\"", String.class))
                .containsExactly("1 BASELINE", "1.1 SQL", "2 SQL", "3 SQL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(2);
        close(after);
        JarRunner.Result history = JarRunner.run(work, "history", "--output", output.toString(), "--repository",
                old.toString());
        assertThat(history.stdout().strip().split("\n")).hasSize(3); // the heading and both runs
    }

    /** Copies every row of the repository's tables; the number of ledger rows. */
    private static int copy(JdbcTemplate from, JdbcTemplate to) {
        int ledger = 0;
        for (String table : TABLES) {
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = from.query("SELECT * FROM " + table, rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<Object[]> all = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    all.add(row);
                }
                return all;
            });
            if (!rows.isEmpty()) {
                to.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", rows);
            }
            ledger += table.equals("NEWSPREP_FILE_LEDGER") ? rows.size() : 0;
        }
        return ledger;
    }

    private static SingleConnectionDataSource database(Path folder) throws Exception {
        Files.createDirectories(folder);
        return new SingleConnectionDataSource("jdbc:hsqldb:file:" + folder.resolve("newsprep") + ";hsqldb.tx=mvcc",
                "SA", "", true);
    }

    private static void close(SingleConnectionDataSource db) {
        new JdbcTemplate(db).execute("SHUTDOWN");
        db.destroy();
    }
}
