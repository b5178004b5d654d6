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

    /** Refuses, as bad usage, a folder that has no repository to read. */
    void requireExisting(CommandSpec spec) {
        if (repository == null && !Files.isDirectory(output.resolve(RepositoryLocation.DEFAULT_FOLDER))) {
            throw new ParameterException(spec.commandLine(), "no job repository under " + output);
        }
    }
}
