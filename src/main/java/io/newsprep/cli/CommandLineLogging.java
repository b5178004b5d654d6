package io.newsprep.cli;

import io.newsprep.input.ErrorText;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * newsprep's logging, set up in code when Spring Boot starts logging: standard output carries only what the
 * commands print (the run folder's path), standard error gets newsprep's own warnings in one line each, and
 * the full log, stack traces included, goes to the log file ({@code logging.file.name}; the commands put it
 * under {@code OUTPUT/.newsprep/}). Set up in code rather than from an XML file, whose parser takes a
 * noticeable part of start-up.
 */
public class CommandLineLogging extends LogbackLoggingSystem {

    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String STDERR_PATTERN = "newsprep: %msg%n%nopex";

    public CommandLineLogging(ClassLoader classLoader) {
        super(classLoader);
    }

    @Override
    protected void loadDefaults(LoggingInitializationContext initializationContext, LogFile logFile) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.stop();
        context.reset();
        // Logback's own errors (the log file cannot be written: disk full, permissions) in one line, not the stack
        // traces the listener Spring Boot registers would print
        for (StatusListener listener : context.getStatusManager().getCopyOfStatusListenerList()) {
            context.getStatusManager().remove(listener);
        }
        context.getStatusManager().add(new FirstErrorInOneLine(System.err));
        String file = logFile != null ? logFile.toString()
                : Path.of(System.getProperty("java.io.tmpdir"), "newsprep.log").toString();

        FileAppender<ILoggingEvent> toFile = new FileAppender<>();
        toFile.setFile(file);
        start(context, toFile, "FILE", FILE_PATTERN);

        ConsoleAppender<ILoggingEvent> toStderr = new ConsoleAppender<>();
        toStderr.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        toStderr.addFilter(warnings);
        start(context, toStderr, "STDERR", STDERR_PATTERN);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(toFile);
        Logger own = context.getLogger("io.newsprep");
        own.setLevel(Level.INFO);
        own.addAppender(toStderr);
        context.start();
    }

    private static void start(LoggerContext context, OutputStreamAppender<ILoggingEvent> appender, String name,
                              String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
    }

    /** The first error Logback reports about itself, in one line on standard error; the rest would repeat it. */
    static final class FirstErrorInOneLine implements StatusListener {

        private final PrintStream err;
        private final AtomicBoolean told = new AtomicBoolean();

        FirstErrorInOneLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void addStatusEvent(Status status) {
            if (status.getLevel() == Status.ERROR && told.compareAndSet(false, true)) {
                Throwable cause = status.getThrowable();
                err.println("newsprep: logging: " + status.getMessage()
                        + (cause == null ? "" : ": " + ErrorText.of(ErrorText.rootOf(cause))));
            }
        }
    }

    /** Chosen before Boot's own Logback factory (see {@code META-INF/spring.factories}). */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Factory implements LoggingSystemFactory {

        @Override
        public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
            return new CommandLineLogging(classLoader);
        }
    }
}
