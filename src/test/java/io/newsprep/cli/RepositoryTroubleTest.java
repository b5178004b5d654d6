package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How failures to open the job repository are told, from exception chains shaped as HSQLDB and Spring raise them. */
class RepositoryTroubleTest {

    @TempDir
    Path folder;

    @Test
    void aLockFileThatCannotBeWrittenOnAFullDiskIsAFullDisk() {
        RuntimeException startup = new IllegalStateException("Failed to obtain JDBC Connection",
                new SQLException("Database lock acquisition failure: lockFile: ... newsprep.lck",
                        new IOException("No space left on device")));

        RuntimeException told = RepositoryTrouble.diskFull(startup, folder);

        assertThat(told).isNotNull();
        assertThat(told.getMessage()).startsWith("no space left on the disk of the repository folder " + folder)
                .contains("free some space");
    }

    @Test
    void aLockHeldByAnotherRunOnADiskWithRoomIsNotAFullDisk() {
        RuntimeException startup = new IllegalStateException("Failed to obtain JDBC Connection",
                new SQLException("Database lock acquisition failure: lockFile: ... held by another process"));

        assertThat(RepositoryTrouble.diskFull(startup, folder)).isNull();
    }

    @Test
    void aScriptStatementCutShortNamesTheScript() {
        RuntimeException startup = new IllegalStateException("Failed to execute database script",
                new SQLException("error in script file  line: 48 org.hsqldb.HsqlException: unexpected end of statement"));

        assertThat(RepositoryTrouble.whileOpening(startup, folder).getMessage())
                .startsWith("the job repository file " + folder.resolve("newsprep.script") + " is damaged")
                .contains("restore the folder " + folder).contains("move it aside");
    }

    @Test
    void rowsCutShortNameTheDataFile() {
        RuntimeException startup = new IllegalStateException("Failed to execute database script",
                new SQLException("error in script file  line: 63 org.hsqldb.HsqlException: IO error: RowInputBinary 98",
                        new EOFException()));

        assertThat(RepositoryTrouble.whileOpening(startup, folder).getMessage())
                .startsWith("the job repository file " + folder.resolve("newsprep.data") + " is damaged");
    }

    @Test
    void anotherFailureIsLeftAsItIs() {
        RuntimeException startup = new IllegalArgumentException("no such profile folder");

        assertThat(RepositoryTrouble.whileOpening(startup, folder)).isSameAs(startup);
    }
}
