package io.newsprep.job;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the ingest job; only this package is component-scanned. */
@SpringBootApplication
public class NewsprepApplication {

    /**
     * Starts the bare application context. Only the build runs it, to record the context's bean definitions as
     * code ahead of time (Spring AOT, the {@code process-aot} goal); the commands start the context themselves.
     */
    public static void main(String[] args) {
        SpringApplication.run(NewsprepApplication.class, args);
    }
}
