package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryCredentialsTest {

    private static final String SERVER = "jdbc:postgresql://db/newsprep";

    @TempDir
    Path dir;

    @Test
    void theEnvironmentGivesAServersUserAndPassword() {
        RepositoryCredentials credentials = RepositoryCredentials.of(null, Map.of(
                RepositoryCredentials.USER_VARIABLE, "etl", RepositoryCredentials.PASSWORD_VARIABLE, "s3cret"));
        assertThat(credentials.dataSourceProperties(SERVER)).containsEntry("spring.datasource.username", "etl")
                .containsEntry("spring.datasource.password", "s3cret");
    }

    @Test
    void aFileOnlyItsOwnerCanReadGivesThemInstead() throws Exception {
        Path file = Files.writeString(dir.resolve("repository.properties"), "user=etl\npassword=from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        RepositoryCredentials credentials = RepositoryCredentials.of(file, Map.of(
                RepositoryCredentials.PASSWORD_VARIABLE, "from-environment"));
        assertThat(credentials).isEqualTo(new RepositoryCredentials("etl", "from-file"));
    }

    @Test
    void aFileOthersCanReadIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("repository.properties"), "user=etl\npassword=x\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatIllegalArgumentException().isThrownBy(() -> RepositoryCredentials.of(file, Map.of()))
                .withMessageContaining("can be read by other users").withMessageContaining("chmod 600");
    }

    @Test
    void withoutCredentialsAServerIsAskedAsTheSystemUserAndAFileDatabaseKeepsItsDefaults() {
        RepositoryCredentials none = RepositoryCredentials.of(null, Map.of());
        assertThat(none.dataSourceProperties(SERVER))
                .containsEntry("spring.datasource.username", System.getProperty("user.name"));
        assertThat(none.dataSourceProperties(null)).isEmpty();
    }
}
