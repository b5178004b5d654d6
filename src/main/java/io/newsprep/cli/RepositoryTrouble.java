package io.newsprep.cli;

import io.newsprep.input.ErrorText;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Tells a user in one line what went wrong with the job repository's files and what to do: a full disk, or a
 * damaged database file (cut short by a full disk or an interrupted copy), named where it can be told which.
 */
final class RepositoryTrouble {

    private static final String NO_SPACE = "No space left on device";

    private RepositoryTrouble() {
    }

    /** A failure to start that a full disk caused, explained; null when it is not that. */
    static RuntimeException diskFull(Throwable failure, Path folder) {
        boolean saysSo = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            saysSo |= t.getMessage() != null && t.getMessage().contains(NO_SPACE);
        }
        long free = folder == null ? -1 : DiskSpace.usableBytes(folder);
        if (saysSo || free >= 0 && free < DiskSpace.MINIMUM_BYTES) {
            return new IllegalStateException(DiskSpace.full(folder, "repository folder", Math.max(0, free)));
        }
        return null;
    }

    /**
     * A failure to reach a database server's repository, said in one line with what to check: the server's address,
     * the database's name, or the user and password; null when the failure is not that.
     */
    static RuntimeException unreachable(Throwable failure, String url) {
        if (url == null || !url.startsWith(RepositoryLocation.POSTGRESQL)) {
            return null;
        }
        String state = null;
        boolean network = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && state == null) {
                state = sql.getSQLState();
            }
            network |= t instanceof ConnectException || t instanceof UnknownHostException;
        }
        if (!network && (state == null || !(state.startsWith("08") || state.startsWith("28") || state.equals("3D000")))) {
            return null;
        }
        URI server = URI.create(url.substring("jdbc:".length()));
        String host = server.getHost() == null ? "localhost" : server.getHost();
        int port = server.getPort() < 0 ? 5432 : server.getPort();
        String database = server.getPath() == null || server.getPath().length() < 2 ? "" : server.getPath().substring(1);
        String where = "the job repository at " + host + ":" + port + " (database " + database + ")";
        String cause = ErrorText.of(ErrorText.rootOf(failure));
        if (state != null && state.startsWith("28")) {
            return new RepositoryUnreachableException(where + " refused the user (" + cause + "); check the user and"
                    + " password in " + RepositoryCredentials.USER_VARIABLE + " and "
                    + RepositoryCredentials.PASSWORD_VARIABLE + " or the --repository-properties file");
        }
        if ("3D000".equals(state)) {
            return new RepositoryUnreachableException(where + " does not exist (" + cause + "); create the database"
                    + " first (createdb " + database + ") or check the URL");
        }
        return new RepositoryUnreachableException("cannot connect to " + where + " (" + cause + "); check that"
                + " PostgreSQL runs on " + host + ", listens on port " + port + " and accepts connections from this"
                + " machine (listen_addresses, pg_hba.conf)");
    }

    /** A failure to open the repository: a damaged file when the database says so, else the failure as it is. */
    static RuntimeException whileOpening(RuntimeException failure, Path folder) {
        String file = damagedFile(failure);
        if (file == null || folder == null) {
            return failure;
        }
        return new IllegalStateException("the job repository file " + folder.resolve(file) + " is damaged ("
                + ErrorText.of(ErrorText.rootOf(failure)) + "); " + whatToDo(folder));
    }

    /** A failure while reading the repository's record of earlier runs, which a damaged file also causes. */
    static RuntimeException whileUsing(RuntimeException failure, Path folder) {
        if (folder == null) {
            return failure;
        }
        return new IllegalStateException("the job repository in " + folder + " could not be read ("
                + ErrorText.withKind(ErrorText.rootOf(failure)) + "); if its files were damaged, " + whatToDo(folder));
    }

    private static String whatToDo(Path folder) {
        return "restore the folder " + folder + " from a backup, or move it aside to start a new repository"
                + " (the next run then cleans every input file again); nothing was written";
    }

    /**
     * The HSQLDB file the failure points at: the data file when reading its rows ran short, the script when a
     * statement in it could not be read; null when the failure is not the database's.
     */
    static String damagedFile(Throwable failure) {
        boolean database = false;
        boolean script = false;
        boolean rows = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            database |= t.getClass().getName().startsWith("org.hsqldb.");
            script |= m.contains("error in script file");
            rows |= t instanceof EOFException || m.contains("RowInputBinary") || m.contains(".data");
        }
        if (rows) {
            return database || script ? "newsprep.data" : null;
        }
        return script ? "newsprep.script" : null;
    }
}
