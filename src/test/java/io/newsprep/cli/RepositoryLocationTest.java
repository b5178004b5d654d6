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
    void anotherDatabaseIsRefusedInOneLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryLocation.jdbcUrl("jdbc:postgresql://db/x", output))
                .withMessage("--repository jdbc:postgresql://db/x: the job repository is an HSQLDB database; "
                        + "give a folder or a jdbc:hsqldb: URL");
    }
}
