package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RepositoryLocationTest {

    private final Path output = Path.of("/data/out");

    @Test
    void aFolderBecomesAnHsqldbFileDatabaseAndAnHsqldbUrlIsKept() {
        assertThat(RepositoryLocation.jdbcUrl(null, output)).startsWith("jdbc:hsqldb:file:/data/out/.newsprep/repository/newsprep;");
        assertThat(RepositoryLocation.jdbcUrl("/srv/repo", output)).startsWith("jdbc:hsqldb:file:/srv/repo/newsprep;");
        assertThat(RepositoryLocation.jdbcUrl("jdbc:hsqldb:hsql://db/newsprep", output)).isEqualTo("jdbc:hsqldb:hsql://db/newsprep");
        assertThat(RepositoryLocation.folder("jdbc:hsqldb:hsql://db/newsprep", output)).isNull();
    }

    @Test
    void aPostgresqlUrlIsKept() {
        assertThat(RepositoryLocation.jdbcUrl("jdbc:postgresql://db:5433/newsprep?ssl=true", output))
                .isEqualTo("jdbc:postgresql://db:5433/newsprep?ssl=true");
        assertThat(RepositoryLocation.folder("jdbc:postgresql://db/newsprep", output)).isNull();
        assertThat(RepositoryLocation.postgresql("jdbc:postgresql://db/newsprep")).isTrue();
    }

    @Test
    void anotherDatabaseIsRefusedInOneLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryLocation.jdbcUrl("jdbc:mysql://db/x", output))
                .withMessage("--repository jdbc:mysql://db/x: the job repository is an HSQLDB or PostgreSQL database;"
                        + " give a folder, a jdbc:hsqldb: or a jdbc:postgresql: URL");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        for (String url : new String[] {"jdbc:postgresql://db/x?user=a&password=secret",
                "jdbc:postgresql://db/x?PASSWORD=secret", "jdbc:hsqldb:hsql://db/x;user=a;password=secret"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> RepositoryLocation.jdbcUrl(url, output))
                    .withMessageStartingWith("--repository: the URL holds a password")
                    .withMessageNotContaining("secret");
        }
    }
}
