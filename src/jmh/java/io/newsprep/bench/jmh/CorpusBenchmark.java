package io.newsprep.bench.jmh;

import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Provenance;
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
 * The whole per-file pipeline ({@link ArticlePipeline#process}) over every template the benchmark's corpora are
 * replicated from, reported per document: for text, the 50 development dumps and the 5 seeds; for HTML, the 50
 * development pages (gzip, decompressed as they are read). The generator copies these templates round-robin, so
 * this is what one fully compiled worker thread spends per corpus document, without Spring Batch, output or JIT
 * compilation: {@code threads / score} bounds an ingest's docs/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class CorpusBenchmark {

    /** Templates of the text corpus: {@code eval-dev/dumps} (50) and {@code seeds} (5). */
    static final int TEXT_TEMPLATES = 55;
    /** Templates of the HTML corpus: {@code eval-dev/html} (50). */
    static final int HTML_TEMPLATES = 50;

    private List<SourceFile> text;
    private List<SourceFile> html;
    private ArticlePipeline processor;
    private final Provenance provenance = new Provenance("20260101T000000Z-0000", "2026-01-01T00:00:00Z", "bench");

    @Setup
    public void setUp() {
        Path shared = DevDumps.shared();
        processor = PipelineParts.articlePipeline();
        text = templates(TEXT_TEMPLATES, ".txt", DevDumps.folder(), shared.resolve("seeds"));
        html = templates(HTML_TEMPLATES, ".html.gz", shared.resolve("eval-dev/html"));
    }

    private List<SourceFile> templates(int expected, String suffix, Path... folders) {
        List<SourceFile> files = Stream.of(folders).flatMap(folder -> filesIn(folder, suffix)).toList();
        if (files.size() != expected) {
            throw new IllegalStateException("expected " + expected + " *" + suffix + " templates in "
                    + List.of(folders) + ", found " + files.size());
        }
        for (SourceFile f : files) {
            if (!(processor.process(f, provenance) instanceof Outcome.Accepted)) {
                throw new IllegalStateException("template gives no article: " + f.relativePath());
            }
        }
        return files;
    }

    private static Stream<SourceFile> filesIn(Path folder, String suffix) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted()
                    .map(f -> SourceFile.of(folder, f)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TEXT_TEMPLATES)
    public void everyTextTemplate(Blackhole sink) {
        processAll(text, sink);
    }

    @Benchmark
    @OperationsPerInvocation(HTML_TEMPLATES)
    public void everyHtmlTemplate(Blackhole sink) {
        processAll(html, sink);
    }

    private void processAll(List<SourceFile> files, Blackhole sink) {
        for (SourceFile f : files) {
            sink.consume(processor.process(f, provenance));
        }
    }
}
