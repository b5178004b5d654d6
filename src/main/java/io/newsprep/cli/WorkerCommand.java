package io.newsprep.cli;

import io.newsprep.input.ErrorText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Clean partitions of runs started with 'ingest --workers remote': take them one at a time from the"
                + " broker, write their files beside the run's output (a folder shared with the manager) and record"
                + " them in the shared job repository. A partition is cleaned with its run's options (--max-file-size,"
                + " --removed, --line-model of the manager's ingest). Runs until stopped (SIGTERM); a partition it was"
                + " cleaning goes to another worker.")
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL", description = "the ActiveMQ Artemis broker, e.g. tcp://host:61616")
    String broker;

    @Option(names = "--repository", required = true, paramLabel = "URL",
            description = "the manager's job repository, a database server's JDBC URL")
    String repository;

    @Option(names = "--repository-properties", paramLabel = "FILE", description = "user and password of a PostgreSQL"
            + " repository, as for ingest")
    Path repositoryProperties;

    @Option(names = "--threads", paramLabel = "N", description = "threads that clean a partition's files (default: number of cores)")
    int threads;

    @Option(names = "--log-dir", paramLabel = "DIR",
            description = "where the worker's log goes, in .newsprep/newsprep.log (default: a folder under the system's temporary folder)")
    Path logDir;

    @Override
    public Integer call() throws Exception {
        RemoteWorkers.requireBrokerUrl(spec, broker);
        if (!repository.startsWith("jdbc:")) {
            throw new ParameterException(spec.commandLine(), "--repository is the manager's JDBC URL, not " + repository);
        }
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Path home = logDir != null ? logDir
                : Path.of(System.getProperty("java.io.tmpdir"), "newsprep-worker-" + ProcessHandle.current().pid());
        Files.createDirectories(home.resolve(".newsprep"));
        RepositoryOptions.requireUsable(spec, repository, repositoryProperties, home);
        Map<String, Object> tuning = new LinkedHashMap<>();
        tuning.put("newsprep.threads", threads);
        // the cleaning options (size limit, removed lines, line model) are the run's, read with each partition
        // the manager creates and migrates the repository's tables before it sends a partition; workers starting at
        // the same moment would race it (and each other) on a database without Flyway's lock, such as HSQLDB's server
        tuning.put("spring.flyway.enabled", false);
        tuning.put(RemoteWorkers.ROLE, "worker");
        tuning.put("newsprep.remote.broker", broker);
        RemoteWorkers.buildContextFromClasses();
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        try {
            context = SpringRuntime.start(repository, repositoryProperties, home, tuning);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the worker: " + ErrorText.of(ErrorText.rootOf(e)), e);
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        spec.commandLine().getErr().println("newsprep: worker taking partitions from " + broker);
        closed.await();
        return Newsprep.EXIT_STOPPED;
    }
}
