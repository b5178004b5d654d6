package io.newsprep.cli;

import io.newsprep.input.ErrorText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsprep} command line: ingest, explain, evaluate, history, memory. */
@Command(name = "newsprep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns folders of raw news-page dumps into clean, tagged CSV and JSON Lines.",
        subcommands = {IngestCommand.class, ExplainCommand.class, EvaluateCommand.class, HistoryCommand.class,
                MemoryCommand.class, TrainCommand.class, WorkerCommand.class, CommandLine.HelpCommand.class})
public final class Newsprep implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    /** What a shell reports for a process ended by SIGTERM; the JVM exits with it after a signal anyway. */
    public static final int EXIT_STOPPED = 143;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (ingest, explain, evaluate, history)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Newsprep());
        cli.setParameterExceptionHandler(Newsprep::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (StopNotice.shuttingDown()) {
                return EXIT_STOPPED; // stopped by a signal, which the command has said in one line
            }
            commandLine.getErr().println("newsprep: " + oneLine(e));
            // a repository server that cannot be reached is a setting to fix, like a wrong option
            return e instanceof RepositoryUnreachableException ? EXIT_USAGE : EXIT_FAILED;
        });
        return cli.execute(args);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("newsprep: " + e.getMessage() + " (see 'newsprep " + commandPath(cmd) + "--help')");
        return EXIT_USAGE;
    }

    private static String commandPath(CommandLine cmd) {
        String name = cmd.getCommandName();
        return "newsprep".equals(name) ? "" : name + " ";
    }

    static String oneLine(Throwable e) {
        return ErrorText.of(ErrorText.rootOf(e));
    }
}
