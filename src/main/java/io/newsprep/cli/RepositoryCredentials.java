package io.newsprep.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user and password of a database server's job repository, never taken from the command line (where the
 * process list and the shell's history would show them): from a properties file ({@code user=}, {@code password=})
 * readable by its owner only, else from the environment. An HSQLDB file database needs neither.
 */
record RepositoryCredentials(String user, String password) {

    static final String USER_VARIABLE = "NEWSPREP_REPOSITORY_USER";
    static final String PASSWORD_VARIABLE = "NEWSPREP_REPOSITORY_PASSWORD";

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    /**
     * @param file the --repository-properties file, or null
     * @throws IllegalArgumentException when the file cannot be read or other users can read it
     */
    static RepositoryCredentials of(Path file, Map<String, String> environment) {
        if (file == null) {
            return new RepositoryCredentials(environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE));
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException("--repository-properties " + file + " can be read by other users;"
                        + " it holds the repository's password: chmod 600 " + file);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("--repository-properties " + file + " cannot be read (" + e + ")");
        }
        return new RepositoryCredentials(properties.getProperty("user"), properties.getProperty("password"));
    }

    /**
     * The data source's properties for this repository. A server's user defaults to the system user, as psql's
     * does; without a password the driver looks in ~/.pgpass.
     */
    Map<String, Object> dataSourceProperties(String repositoryOption) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (RepositoryLocation.postgresql(repositoryOption)) {
            // one more connection than on HSQLDB: an ingest holds one for the whole run, for the repository's lock
            props.put("spring.datasource.hikari.maximum-pool-size", 5);
            props.put("spring.datasource.username", user != null ? user : System.getProperty("user.name"));
            props.put("spring.datasource.password", password != null ? password : "");
        } else if (user != null) {
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password != null ? password : "");
        }
        return props;
    }
}
