package io.newsprep.cli;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns the --repository option into a JDBC URL: a JDBC URL of HSQLDB or PostgreSQL as given, or a folder for an
 * HSQLDB file database.
 */
final class RepositoryLocation {

    static final String DEFAULT_FOLDER = ".newsprep/repository";
    static final String HSQLDB = "jdbc:hsqldb:";
    static final String POSTGRESQL = "jdbc:postgresql:";

    /** A password among the URL's properties: PostgreSQL's {@code ?password=}, HSQLDB's {@code ;password=}. */
    private static final Pattern PASSWORD = Pattern.compile("[?&;]password=", Pattern.CASE_INSENSITIVE);

    private RepositoryLocation() {
    }

    /**
     * @throws IllegalArgumentException for a JDBC URL of another database, whose SQL the migrations are not written
     *                                  in, or for a URL that holds a password (it would show in the process list)
     */
    static String jdbcUrl(String option, Path outputDir) {
        Path folder = folder(option, outputDir);
        if (folder == null) {
            if (PASSWORD.matcher(option).find()) {
                throw new IllegalArgumentException("--repository: the URL holds a password, which would show in the"
                        + " process list and the shell's history; give it in " + RepositoryCredentials.PASSWORD_VARIABLE
                        + " or a --repository-properties file instead");
            }
            if (!option.startsWith(HSQLDB) && !option.startsWith(POSTGRESQL)) {
                throw new IllegalArgumentException("--repository " + option + ": the job repository is an HSQLDB or"
                        + " PostgreSQL database; give a folder, a jdbc:hsqldb: or a jdbc:postgresql: URL");
            }
            return option;
        }
        // mvcc avoids lock-ups between the chunk transaction and the repository's own updates;
        // write_delay=false makes every commit durable, so a crash loses no committed chunk
        return "jdbc:hsqldb:file:" + folder.toAbsolutePath().normalize().resolve("newsprep")
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;shutdown=true";
    }

    /** The folder of the HSQLDB file database, or null when the option is a JDBC URL. */
    static Path folder(String option, Path outputDir) {
        if (option != null && option.startsWith("jdbc:")) {
            return null;
        }
        return option == null ? outputDir.resolve(DEFAULT_FOLDER) : Path.of(option);
    }

    /** Whether the repository is a PostgreSQL database, a server that other machines can share. */
    static boolean postgresql(String option) {
        return option != null && option.startsWith(POSTGRESQL);
    }
}
