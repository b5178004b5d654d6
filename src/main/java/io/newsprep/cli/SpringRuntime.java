package io.newsprep.cli;

import io.newsprep.job.NewsprepApplication;
import io.newsprep.job.PipelineEarlyStart;
import io.newsprep.job.RepositoryBusyException;
import io.newsprep.job.RunningRunMarker;

import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.LogFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring Batch side of newsprep against a job repository, for the commands that need one. */
final class SpringRuntime {

    /** Spring's switch for the context recorded as code at build time; {@code -Dspring.aot.enabled=false} turns it off. */
    private static final String AOT_ENABLED = "spring.aot.enabled";

    private SpringRuntime() {
    }

    /**
     * Whether this is the packaged jar, whose build recorded the application context as code ({@code process-aot}):
     * it starts faster, without scanning configuration classes or generating proxies. A class folder may hold
     * such code from an earlier build that no longer matches the classes beside it, so only a jar uses it.
     */
    private static boolean packagedAheadOfTime() {
        URL application = NewsprepApplication.class.getResource(NewsprepApplication.class.getSimpleName() + ".class");
        return application != null && "jar".equals(application.getProtocol())
                && NewsprepApplication.class.getResource(NewsprepApplication.class.getSimpleName()
                        + "__ApplicationContextInitializer.class") != null;
    }

    static ConfigurableApplicationContext start(String repositoryOption, Path outputDir, Map<String, Object> extra) {
        return start(repositoryOption, null, outputDir, extra);
    }

    /**
     * @param credentialsFile the --repository-properties file with a server's user and password, or null for the
     *                        environment's
     */
    static ConfigurableApplicationContext start(String repositoryOption, Path credentialsFile, Path outputDir,
                                                Map<String, Object> extra) {
        if (System.getProperty(AOT_ENABLED) == null && packagedAheadOfTime()) {
            System.setProperty(AOT_ENABLED, "true");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String url = RepositoryLocation.jdbcUrl(repositoryOption, outputDir);
        props.put("spring.datasource.url", url);
        props.putAll(RepositoryCredentials.of(credentialsFile, System.getenv()).dataSourceProperties(repositoryOption));
        props.put("logging.file.name", outputDir.resolve(".newsprep/newsprep.log").toString());
        props.putAll(extra);
        // passed as command-line properties, so they override application.properties (inside this process only:
        // the password never shows in the process list)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        String holderAtStart = RunningRunMarker.read(outputDir);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsprepApplication.class)
                    .main(NewsprepApplication.class) // names the recorded context's initializer, as at build time
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .listeners(new PipelineEarlyStart())
                    .run(args);
            LogFactory.getLog(SpringRuntime.class).info(AotDetector.useGeneratedArtifacts()
                    ? "application context started from the code recorded at build time (Spring AOT)"
                    : "application context started from its configuration classes");
            return context;
        } catch (RuntimeException e) {
            RuntimeException unreachable = RepositoryTrouble.unreachable(e, url);
            if (unreachable != null) {
                throw unreachable;
            }
            Path folder = RepositoryLocation.folder(repositoryOption, outputDir);
            RuntimeException full = RepositoryTrouble.diskFull(e, folder);
            if (full != null) {
                throw full; // HSQLDB reports a lock file it cannot write on a full disk as a lock held by another run
            }
            RepositoryBusyException busy = RepositoryBusyException.from(e, outputDir, holderAtStart);
            throw busy != null ? busy : RepositoryTrouble.whileOpening(e, folder);
        }
    }
}
