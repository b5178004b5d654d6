package io.newsprep.bench;

import io.newsprep.input.ErrorText;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * Runs a bench tool's command line the way {@code newsprep} runs its own: a wrong option prints one line and the
 * usage (exit status 2), a failure prints one line (exit status 1), never a stack trace.
 */
final class BenchTool {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private BenchTool() {
    }

    static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + e.getMessage());
            failed.usage(failed.getErr());
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, ignored) -> {
            failed.getErr().println(failed.getCommandName() + ": " + ErrorText.of(e));
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    /** Executes the command with the process's standard output and error, then exits with its status. */
    static void exit(Object command, String[] args) {
        int status = execute(command, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(status);
    }
}
