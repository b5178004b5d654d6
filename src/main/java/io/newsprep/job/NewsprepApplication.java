package io.newsprep.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the ingest job; only this package is component-scanned. */
@SpringBootApplication
public class NewsprepApplication {
}
