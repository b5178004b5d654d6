package io.newsprep.cli;

import io.newsprep.job.NewsprepApplication;
import io.newsprep.job.PipelineEarlyStart;
import io.newsprep.job.RepositoryBusyException;
import io.newsprep.job.RunningRunMarker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring Batch side of newsprep against a job repository, for the commands that need one. */
final class SpringRuntime {

    private SpringRuntime() {
    }

    static ConfigurableApplicationContext start(String repositoryOption, Path outputDir, Map<String, Object> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", RepositoryLocation.jdbcUrl(repositoryOption, outputDir));
        props.put("logging.file.name", outputDir.resolve(".newsprep/newsprep.log").toString());
        props.putAll(extra);
        // passed as command-line properties, so they override application.properties
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        String holderAtStart = RunningRunMarker.read(outputDir);
        try {
            return new SpringApplicationBuilder(NewsprepApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .listeners(new PipelineEarlyStart())
                    .run(args);
        } catch (RuntimeException e) {
            RepositoryBusyException busy = RepositoryBusyException.from(e, outputDir, holderAtStart);
            throw busy != null ? busy : e;
        }
    }
}
