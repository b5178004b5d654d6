package io.newsprep.cli;

import java.nio.file.Path;

/** Turns the --repository option into a JDBC URL: a JDBC URL as given, or a folder for an HSQLDB file database. */
final class RepositoryLocation {

    static final String DEFAULT_FOLDER = ".newsprep/repository";

    private RepositoryLocation() {
    }

    /** @throws IllegalArgumentException for a JDBC URL of another database than HSQLDB, whose SQL the schema is written in */
    static String jdbcUrl(String option, Path outputDir) {
        Path folder = folder(option, outputDir);
        if (folder == null) {
            if (!option.startsWith("jdbc:hsqldb:")) {
                throw new IllegalArgumentException("--repository " + option
                        + ": the job repository is an HSQLDB database; give a folder or a jdbc:hsqldb: URL");
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
}
