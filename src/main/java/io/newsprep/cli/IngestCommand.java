package io.newsprep.cli;

import io.newsprep.job.IngestLauncher;
import io.newsprep.job.IngestRequest;
import io.newsprep.job.IngestResult;
import io.newsprep.job.NewsprepApplication;
import io.newsprep.job.RepositoryBusyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Clean every dump under the input folder that is new or changed since the last completed run,",
                "and write a new run folder under OUTPUT/runs/. Prints the run folder's path last."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of dumps, read recursively")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where run folders and 'latest' go")
    Path output;

    @Option(names = "--reprocess", description = "clean every file again, changed or not")
    boolean reprocess;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    int threads;

    @Option(names = "--repository", paramLabel = "PATH",
            description = "job repository: a folder for the HSQLDB file database, or a JDBC URL (default: OUTPUT/.newsprep/repository)")
    String repository;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "20",
            description = "files larger than this are rejected as too_large (default: ${DEFAULT-VALUE})")
    long maxFileMegabytes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), "input folder not found: " + input);
        }
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Files.createDirectories(output);
        IngestRequest request = new IngestRequest(input, output, reprocess);
        ConfigurableApplicationContext started;
        try {
            started = startContext(request);
        } catch (RuntimeException e) {
            RepositoryBusyException busy = RepositoryBusyException.from(e, request.outputDir());
            throw busy != null ? busy : e;
        }
        try (ConfigurableApplicationContext context = started) {
            IngestResult result = context.getBean(IngestLauncher.class).run(request);
            if (!result.completed()) {
                spec.commandLine().getErr().println("newsprep: run " + result.runId() + " " + result.status()
                        + (result.failure() == null ? "" : ": " + result.failure())
                        + "; run the same command again to resume it");
                return Newsprep.EXIT_FAILED;
            }
            spec.commandLine().getOut().println(result.runFolder());
            return Newsprep.EXIT_OK;
        }
    }

    private ConfigurableApplicationContext startContext(IngestRequest request) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", RepositoryLocation.jdbcUrl(repository, request.outputDir()));
        props.put("logging.file.name", request.outputDir().resolve(".newsprep/newsprep.log").toString());
        props.put("newsprep.threads", threads);
        props.put("newsprep.max-file-bytes", maxFileMegabytes * 1024 * 1024);
        // passed as command-line properties, so they override application.properties
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(NewsprepApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args);
    }
}
