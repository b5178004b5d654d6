package io.newsprep.cli;

import io.newsprep.store.TestRepositoryServer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the tests' repositories are on a server ({@link TestRepositoryServer}), gives each output folder its own
 * database there, as the default repository folder inside it does otherwise: a command that reads or writes a
 * repository and names none gets {@code --repository} with the output folder's database.
 */
final class ServerRepositories {

    private static final Set<String> USING_A_REPOSITORY = Set.of("ingest", "history", "memory");
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    private ServerRepositories() {
    }

    /** Points a process about to start (java ... -jar newsprep.jar ...) at the output folder's server repository. */
    static void apply(ProcessBuilder builder, Path workDir) {
        if (TestRepositoryServer.chosen()) {
            List<String> command = new ArrayList<>(builder.command());
            place(workDir, command);
            builder.command(command);
            builder.environment().putAll(TestRepositoryServer.credentials());
        }
    }

    /** The repository the output folder's first ingest was given on the server, or null. */
    static String databaseOf(Path outputFolder) {
        return DATABASES.get(outputFolder.toAbsolutePath().normalize());
    }

    /** Adds the output folder's repository to a command line (java ... -jar newsprep.jar COMMAND ARGS) that has none. */
    static void place(Path workDir, List<String> command) {
        int jar = command.indexOf("-jar");
        if (jar < 0 || command.size() <= jar + 2 || !USING_A_REPOSITORY.contains(command.get(jar + 2))
                || command.contains("--repository") || command.stream().anyMatch(a -> a.startsWith("--repository="))) {
            return;
        }
        int output = command.indexOf("--output");
        if (output < 0 || output + 1 >= command.size()) {
            return;
        }
        Path folder = workDir.resolve(command.get(output + 1)).toAbsolutePath().normalize();
        String database = !"ingest".equals(command.get(jar + 2)) ? DATABASES.get(folder)
                : DATABASES.computeIfAbsent(folder, f -> TestRepositoryServer.newDatabase(
                        f.getFileName() == null ? "root" : f.getFileName().toString()));
        if (database == null) {
            return; // no ingest made a repository for this folder: the command finds none, as without a server
        }
        command.add("--repository");
        command.add(database);
    }
}
