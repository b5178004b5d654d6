package io.newsprep.job;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The Spring Boot application that hosts the ingest job; only this package is component-scanned. */
@SpringBootApplication
public class NewsprepApplication {

    /**
     * Starts the bare application context. Only the build runs it, to record the context's bean definitions as
     * code ahead of time (Spring AOT, the {@code process-aot} goal); the commands start the context themselves.
     */
    public static void main(String[] args) {
        new SpringApplicationBuilder(NewsprepApplication.class).web(WebApplicationType.NONE).run(args);
    }
}
