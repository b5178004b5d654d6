package io.newsprep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --line-model on|off} option of ingest and explain: which cleaner decides the lines of text dumps. */
final class LineModelOption {

    static final String DESCRIPTION = "on: the trained line model decides the lines of text dumps; off: the hand-made"
            + " classifier (default: on, or the JVM property newsprep.line-model)";

    private LineModelOption() {
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
