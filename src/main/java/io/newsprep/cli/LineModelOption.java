package io.newsprep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --line-model on|off} option of ingest and explain: which cleaner decides the lines of text dumps. */
final class LineModelOption {

    static final String DESCRIPTION = "on: the trained line model decides the lines of text dumps; off: the hand-made"
            + " classifier (default: on, or the JVM property newsprep.line-model)";

    static final String FILE_DESCRIPTION = "a line model file of your own (train --output FILE) that decides the lines"
            + " of text dumps instead of the shipped one; its version goes to report.json";

    private LineModelOption() {
    }

    /**
     * The user's own model file, read and checked now so that a wrong path or a damaged file is a usage error
     * before anything runs; null when the option was not given.
     */
    static io.newsprep.model.LineModel readFile(CommandSpec spec, java.nio.file.Path file, Boolean useLineModel) {
        if (file == null) {
            return null;
        }
        if (Boolean.FALSE.equals(useLineModel)) {
            throw new ParameterException(spec.commandLine(), "--line-model-file needs the line model: drop --line-model off");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "line model file not found: " + file);
        }
        try {
            return io.newsprep.model.ModelFile.read(file);
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--line-model-file " + file + ": " + e.getMessage());
        }
    }

    /** True for on, false for off, null when the option was not given. */
    static Boolean parse(CommandSpec spec, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ParameterException(spec.commandLine(), "--line-model must be on or off, not " + value);
        };
    }
}
