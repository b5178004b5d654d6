package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.StatusListener;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.mock.env.MockEnvironment;

class CommandLineLoggingTest {

    @TempDir
    Path dir;

    private final PrintStream stderr = System.err;
    private LoggingSystem logging;

    @AfterEach
    void restore() {
        System.setErr(stderr);
        if (logging != null) {
            logging.cleanUp();
        }
    }

    @Test
    void bootChoosesNewsprepsLogging() {
        assertThat(LoggingSystem.get(getClass().getClassLoader())).isInstanceOf(CommandLineLogging.class);
    }

    @Test
    void newsprepWarningsGoToStandardErrorInOneLineAndEverythingToTheFile() throws Exception {
        Path file = dir.resolve("newsprep.log");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        MockEnvironment env = new MockEnvironment().withProperty("logging.file.name", file.toString());
        logging = new CommandLineLogging(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(env), null, LogFile.get(env));

        Logger own = LoggerFactory.getLogger("io.newsprep.job.Example");
        Logger library = LoggerFactory.getLogger("org.hsqldb.Example");
        own.info("an info line");
        own.warn("a warning", new IllegalStateException("the cause"));
        library.warn("a library warning");
        library.debug("a debug line");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("newsprep: a warning" + System.lineSeparator());
        assertThat(file).content()
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} "
                        + "INFO  \\[main\\] io\\.newsprep\\.job\\.Example - an info line")
                .contains("WARN  [main] io.newsprep.job.Example - a warning", "java.lang.IllegalStateException: the cause",
                        "WARN  [main] org.hsqldb.Example - a library warning")
                .doesNotContain("a debug line");
    }

    @Test
    void logbacksOwnErrorsAreOneLineOnceInsteadOfStackTraces() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StatusListener printsStackTraces = status -> System.err.println("a listener that prints stack traces");
        context.getStatusManager().add(printsStackTraces);
        MockEnvironment env = new MockEnvironment().withProperty("logging.file.name", dir.resolve("x.log").toString());
        logging = new CommandLineLogging(getClass().getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(env), null, LogFile.get(env));

        for (int i = 0; i < 3; i++) {
            context.getStatusManager().add(new ErrorStatus("IO failure while writing to file [x.log]", this,
                    new IOException("wrapped", new IOException("No space left on device"))));
        }

        assertThat(context.getStatusManager().getCopyOfStatusListenerList()).doesNotContain(printsStackTraces);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "newsprep: logging: IO failure while writing to file [x.log]: No space left on device" + System.lineSeparator());
    }
}
