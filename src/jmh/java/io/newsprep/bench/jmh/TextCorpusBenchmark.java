package io.newsprep.bench.jmh;

import io.newsprep.article.DumpProcessor;
import io.newsprep.article.Outcome;
import io.newsprep.article.Provenance;
import io.newsprep.input.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole per-file pipeline ({@link DumpProcessor#process}) over every template of the benchmark's text corpus,
 * the 50 development dumps and the 5 seeds, reported per document. The generated corpus replicates these
 * templates round-robin, so this is what one fully compiled worker thread spends per corpus document, without
 * Spring Batch, output or JIT compilation: the ceiling of an ingest's docs/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class TextCorpusBenchmark {

    /** Templates of the text corpus: {@code eval-dev/dumps} (50) and {@code seeds} (5). */
    static final int TEMPLATES = 55;

    private List<SourceFile> files;
    private DumpProcessor processor;
    private final Provenance provenance = new Provenance("20260101T000000Z-0000", "2026-01-01T00:00:00Z", "bench");

    @Setup
    public void setUp() {
        Path shared = DevDumps.folder().getParent().getParent();
        files = Stream.concat(dumpsIn(shared.resolve("eval-dev/dumps")), dumpsIn(shared.resolve("seeds"))).toList();
        if (files.size() != TEMPLATES) {
            throw new IllegalStateException("expected " + TEMPLATES + " text templates (eval-dev/dumps and seeds), found "
                    + files.size() + " under " + shared);
        }
        processor = PipelineParts.dumpProcessor();
        for (SourceFile f : files) {
            if (!(processor.process(f, provenance) instanceof Outcome.Accepted)) {
                throw new IllegalStateException("template gives no article: " + f.relativePath());
            }
        }
    }

    private static Stream<SourceFile> dumpsIn(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> SourceFile.of(folder, f)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEMPLATES)
    public void processEveryTemplate(Blackhole sink) {
        for (SourceFile f : files) {
            sink.consume(processor.process(f, provenance));
        }
    }
}
