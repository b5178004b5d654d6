package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One landing folder is one folder to the ledger, under whatever name a run is given it. */
class FolderIdentityTest extends IngestJobTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameFolderReachedThroughALinkIsNotIngestedAgain() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("site/a" + i + ".txt", article("topic " + i));
        }
        IngestResult first = ingest(false);
        Path alias = Files.createSymbolicLink(work.resolve("alias"), input());

        IngestResult throughLink = launcher.run(new IngestRequest(alias, output(), false));

        assertThat(articles(first)).hasSize(4);
        assertThat(throughLink.completed()).isTrue();
        assertThat(articles(throughLink)).isEmpty();
        assertThat(rejects(throughLink)).isEmpty();
        assertThat(Files.readString(throughLink.runFolder().resolve("report.json"))).contains("\"unchanged_skipped\" : 4");
    }

    @Test
    void aLedgerThatNamedTheFolderThroughALinkIsTakenOver() throws Exception {
        for (int i = 1; i <= 3; i++) {
            write("a" + i + ".txt", article("subject " + i));
        }
        Path alias = Files.createSymbolicLink(work.resolve("old-name"), input());
        IngestResult first = launcher.run(new IngestRequest(alias, output(), false));
        // as a ledger written before folders were known by their real paths holds them: by the name given
        int renamed = jdbc.update("UPDATE NEWSPREP_FILE_LEDGER SET INPUT_DIR = ? WHERE INPUT_DIR IN (?, ?)",
                alias.toString(), alias.toString(), input().toRealPath().toString());
        // nor had such a repository converted anything
        if (jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'NEWSPREP_MIGRATION'",
                Integer.class) > 0) {
            jdbc.update("DELETE FROM NEWSPREP_MIGRATION");
        }
        write("a4.txt", article("subject 4"));

        IngestResult next = ingest(false);

        assertThat(articles(first)).hasSize(3);
        assertThat(renamed).isEqualTo(3);
        assertThat(sourceFiles(articles(next))).containsExactly("a4.txt");
        assertThat(rejects(next)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = ?", Integer.class,
                alias.toString())).as("no row left under the old name").isZero();
    }
}
