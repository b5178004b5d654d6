package io.newsprep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged newsprep.jar (or its standalone twin) as a separate process, the way users and schedulers do. */
final class JarRunner {

    record Result(int exitCode, String stdout, String stderr) {

        String lastStdoutLine() {
            String[] lines = stdout.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("newsprep.jar", "target/newsprep.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    static Process start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        return start(workDir, workDir.resolve("stdout-" + System.nanoTime()), workDir.resolve("stderr-" + System.nanoTime()),
                jvmOptions, args);
    }

    /** The single-file jar the build makes beside newsprep.jar. */
    static Path standaloneJar() {
        Path jar = jar().resolveSibling("newsprep-standalone.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first (mvn package): " + jar);
        }
        return jar;
    }

    private static Process start(Path workDir, Path stdout, Path stderr, List<String> jvmOptions, String... args)
            throws IOException {
        return start(jar(), workDir, stdout, stderr, jvmOptions, Map.of(), args);
    }

    private static Process start(Path jar, Path workDir, Path stdout, Path stderr, List<String> jvmOptions,
                                 Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        ServerRepositories.apply(builder, workDir);
        builder.environment().putAll(environment);
        return builder
                .directory(workDir.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
    }

    static Result run(Path workDir, String... args) throws Exception {
        return run(workDir, List.of(), args);
    }

    static Result run(Path workDir, List<String> jvmOptions, String... args) throws Exception {
        return run(workDir, Duration.ofMinutes(30), jvmOptions, args);
    }

    /** Runs to the end; a run still going after the timeout is killed and fails the test as a hang. */
    static Result run(Path workDir, Duration timeout, List<String> jvmOptions, String... args) throws Exception {
        return run(jar(), workDir, timeout, jvmOptions, args);
    }

    /** As {@link #run(Path, Duration, List, String...)}, with another jar. */
    static Result run(Path jar, Path workDir, Duration timeout, List<String> jvmOptions, String... args) throws Exception {
        return run(jar, workDir, timeout, jvmOptions, Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with these environment variables set (e.g. the locale). */
    static Result runWithEnvironment(Map<String, String> environment, Path workDir, String... args) throws Exception {
        return run(jar(), workDir, Duration.ofMinutes(5), List.of(), environment, args);
    }

    private static Result run(Path jar, Path workDir, Duration timeout, List<String> jvmOptions,
                              Map<String, String> environment, String... args) throws Exception {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = start(jar, workDir, out, err, jvmOptions, environment, args);
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("newsprep did not finish within " + timeout + ": " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private JarRunner() {
    }
}
