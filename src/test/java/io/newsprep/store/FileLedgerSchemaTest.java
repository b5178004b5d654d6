package io.newsprep.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.input.FileStat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The migrations bring a ledger written before record addresses up to date, and its rows read as before. */
class FileLedgerSchemaTest {

    private static final String DIR = "/landing";

    @Test
    void aLedgerOfWholeFilesKeepsWorkingAfterTheScriptAddsTheRecordColumns() {
        SingleConnectionDataSource db = new SingleConnectionDataSource(
                "jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        // the ledger as the previous version created it, with one published run's row
        jdbc.execute("CREATE CACHED TABLE NEWSPREP_FILE_LEDGER (INPUT_DIR VARCHAR(4096) NOT NULL,"
                + " RELATIVE_PATH VARCHAR(4096) NOT NULL, SIZE_BYTES BIGINT NOT NULL, MODIFIED_AT BIGINT NOT NULL,"
                + " CONTENT_SHA256 VARCHAR(64), RUN_ID VARCHAR(64) NOT NULL, OUTCOME VARCHAR(16) NOT NULL,"
                + " ARTICLE_ID VARCHAR(64), REJECT_REASON VARCHAR(32), RECORDED_AT TIMESTAMP NOT NULL,"
                + " PRIMARY KEY (INPUT_DIR, RELATIVE_PATH))");
        jdbc.update("INSERT INTO NEWSPREP_FILE_LEDGER VALUES (?, 'a.txt', 10, 20, 'aaaa', 'old', 'article', 'id1',"
                + " NULL, CURRENT_TIMESTAMP)", DIR);
        RepositorySchema.migrate(jdbc.getDataSource()); // baselined, then the later migrations add the columns
        RepositorySchema.migrate(jdbc.getDataSource()); // nothing left to do on the next start
        FileLedger ledger = new FileLedger(jdbc);
        ledger.markPublished("old", "/out/runs/old");

        LedgerEntry old = ledger.byPath(DIR, "a.txt", "new");
        assertThat(old).isEqualTo(new LedgerEntry("a.txt", 10, 20, "aaaa", "article", "id1", "a.txt", "aaaa"));

        // the same path now holds two records: its rows replace the whole file's row
        FileStat stat = new FileStat(30, 40);
        ledger.record(DIR, "new", List.of(
                new LedgerRow("a.txt#0", stat, "r0", "id2", null, "a.txt", "ffff"),
                new LedgerRow("a.txt#12", stat, "r1", null, "no_article", "a.txt", "ffff")));

        assertThat(jdbc.queryForList("SELECT RELATIVE_PATH FROM NEWSPREP_FILE_LEDGER ORDER BY RELATIVE_PATH",
                String.class)).containsExactly("a.txt#0", "a.txt#12");
        ledger.markPublished("new", "/out/runs/new");
        LedgerEntry records = ledger.byPath(DIR, "a.txt", "newer");
        assertThat(records.filePath()).isEqualTo("a.txt");
        assertThat(records.fileSha256()).isEqualTo("ffff");
        assertThat(records.untouched(stat)).isTrue();
        db.destroy();
    }

}
