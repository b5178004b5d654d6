package io.newsprep.bench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.newsprep.input.SourceFile;
import io.newsprep.model.ModelFile;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Provenance;

/**
 * The CPU time of {@link ArticlePipeline#process} per text document, as the calling thread's CPU time, so that
 * other processes on a busy machine do not count (JMH's {@code CorpusBenchmark} reports wall time, which a loaded
 * machine inflates). Over the same templates as {@code CorpusBenchmark#everyTextTemplate} (the 50 development dumps
 * and the 5 seeds), or over the dumps of the given folders, it runs ROUNDS rounds and prints each round's mean CPU
 * microseconds per document, then the median of the second half of the rounds (a compiled worker). First it times
 * the line model's load from the jar on a cold start ({@link ModelFile#shipped()}), before anything else is loaded.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/jmh.classpath) -Dnewsprep.shared=../shared
 * io.newsprep.bench.jmh.PipelineCpuCost [ROUNDS [FOLDER...]]}.
 */
public final class PipelineCpuCost {

    private PipelineCpuCost() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        long loadCpuStart = cpu.getCurrentThreadCpuTime();
        ModelFile.shipped();
        System.out.printf(Locale.ROOT, "model load (cold JVM): %.1f ms wall, %.1f ms CPU%n",
                (System.nanoTime() - loadStart) / 1e6, (cpu.getCurrentThreadCpuTime() - loadCpuStart) / 1e6);

        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Path> folders = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            folders.add(Path.of(args[i]));
        }
        if (folders.isEmpty()) {
            folders.add(DevDumps.folder());
            folders.add(DevDumps.shared().resolve("seeds"));
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> dumps = Files.list(folder)) {
                dumps.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                        .forEach(f -> files.add(SourceFile.of(folder, f)));
            }
        }
        ArticlePipeline pipeline = PipelineParts.articlePipeline();
        Provenance provenance = new Provenance("20260101T000000Z-0000", "2026-01-01T00:00:00Z", "bench");
        double[] perDocument = new double[rounds];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (SourceFile file : files) {
                sink += System.identityHashCode(pipeline.process(file, provenance));
            }
            perDocument[round] = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / files.size();
            System.out.printf(Locale.ROOT, "round %d: %.0f us CPU per document (%d documents)%n",
                    round + 1, perDocument[round], files.size());
        }
        double[] late = Arrays.copyOfRange(perDocument, rounds / 2, rounds);
        Arrays.sort(late);
        System.out.printf(Locale.ROOT, "median of rounds %d-%d: %.0f us CPU per text document (min %.0f) [%d]%n",
                rounds / 2 + 1, rounds, late[late.length / 2], late[0], sink & 1);
    }
}
