package io.newsprep.cli;

import io.newsprep.job.RunHistory;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List past ingest runs from the job repository, newest first.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    RepositoryOptions where;

    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "how many runs (default: ${DEFAULT-VALUE})")
    int last;

    @Override
    public Integer call() {
        if (last < 1) {
            throw new ParameterException(spec.commandLine(), "--last must be at least 1");
        }
        where.requireExisting(spec);
        try (ConfigurableApplicationContext context = SpringRuntime.start(where.repository, where.repositoryProperties,
                where.output.toAbsolutePath(), Map.of())) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-5s %-22s %-19s %9s %-10s %8s %8s %9s %7s %s%n", "EXEC", "RUN", "STARTED", "DURATION",
                    "STATUS", "LISTED", "WRITTEN", "UNCHANGED", "SKIPPED", "MODE");
            for (RunHistory.Entry e : context.getBean(RunHistory.class).recent(last)) {
                out.printf("%-5d %-22s %-19s %8.1fs %-10s %8d %8d %9d %7d %s%n", e.executionId(), e.runId(),
                        e.started() == null ? "-" : WHEN.format(e.started()), e.duration().toMillis() / 1000.0,
                        e.status(), e.listed(), e.written(), e.unchanged(), e.skipped(),
                        e.reprocess() ? "reprocess" : "incremental");
            }
            out.flush();
            return Newsprep.EXIT_OK;
        }
    }
}
