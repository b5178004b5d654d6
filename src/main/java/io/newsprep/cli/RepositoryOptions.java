package io.newsprep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that find an existing job repository, shared by the commands that read one. */
final class RepositoryOptions {

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "the output folder of the runs")
    Path output;

    @Option(names = "--repository", paramLabel = "PATH", description = "job repository, as for ingest")
    String repository;

    @Option(names = "--repository-properties", paramLabel = "FILE", description = "user and password of a PostgreSQL"
            + " repository, as for ingest")
    Path repositoryProperties;

    /** Refuses, as bad usage, a folder that has no repository to read, or a repository URL that cannot be used. */
    void requireExisting(CommandSpec spec) {
        requireUsable(spec, repository, repositoryProperties, output);
        if (repository == null && !Files.isDirectory(output.resolve(RepositoryLocation.DEFAULT_FOLDER))) {
            throw new ParameterException(spec.commandLine(), "no job repository under " + output);
        }
    }

    /** Refuses, as bad usage, another database than HSQLDB or PostgreSQL, a password in the URL, an unsafe file. */
    static void requireUsable(CommandSpec spec, String repository, Path repositoryProperties, Path output) {
        try {
            RepositoryLocation.jdbcUrl(repository, output);
            RepositoryCredentials.of(repositoryProperties, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
