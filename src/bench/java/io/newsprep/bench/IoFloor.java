package io.newsprep.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * The I/O floor: the least any ingest of a corpus has to do. Reads every file under {@code --input}, decodes
 * it as UTF-8 and writes one JSON line per file with Jackson, with no cleaning and no framework around it.
 * Prints one summary line with the in-process time.
 *
 * <pre>
 * IoFloor --input DIR --output FILE [--threads N]
 * </pre>
 */
public final class IoFloor {

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Path input;

    IoFloor(Path input) {
        this.input = input;
    }

    @Command(name = "IoFloor", mixinStandardHelpOptions = true,
            description = "Reads, decodes and writes one JSON line per file: the least any ingest has to do.")
    static final class Run implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "DIR", description = "the corpus")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "FILE", description = "the JSON Lines file to write")
        Path output;

        @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "reading threads (default 1)")
        int threads;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            IoFloor floor = new IoFloor(input);
            long started = System.nanoTime();
            floor.run(output, threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "floor files=%d bytes=%d threads=%d seconds=%.3f%n",
                    floor.files.get(), floor.bytes.get(), threads, seconds);
            return 0;
        }
    }

    public static void main(String[] args) {
        BenchTool.exit(new Run(), args);
    }

    void run(Path output, int threads) throws Exception {
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             Stream<Path> paths = Files.walk(input)) {
            if (threads == 1) {
                paths.filter(Files::isRegularFile).forEach(p -> write(out, line(p)));
                return;
            }
            // bounded queue: the walk never runs far ahead of the workers, whatever the corpus size
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(threads * 64), new ThreadPoolExecutor.CallerRunsPolicy());
            try {
                paths.filter(Files::isRegularFile).forEach(p -> pool.execute(() -> writeOrRemember(out, p)));
            } finally {
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.DAYS);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }

    private void writeOrRemember(Writer out, Path file) {
        try {
            write(out, line(file));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private String line(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        bytes.addAndGet(raw.length);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source_file", input.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
        record.put("bytes", raw.length);
        record.put("text", new String(raw, StandardCharsets.UTF_8));
        return json.writeValueAsString(record);
    }

    private static void write(Writer out, String line) {
        try {
            synchronized (out) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
