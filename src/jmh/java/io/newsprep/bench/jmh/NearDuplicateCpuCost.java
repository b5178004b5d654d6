package io.newsprep.bench.jmh;

import io.newsprep.duplicate.MinHasher;
import io.newsprep.duplicate.NearDuplicateClusterer;
import io.newsprep.duplicate.Signature;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Provenance;
import io.newsprep.store.RepositorySchema;
import io.newsprep.store.SignatureStore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The CPU time near-duplicate clustering adds per document, side by side with the per-document pipeline, measured
 * as the calling thread's CPU time (so that other processes on a busy machine do not count): over every
 * development dump, rounds of {@link ArticlePipeline#process}, of the body's signature, and of the writer's lookup
 * and add against a file repository already holding {@code STORED} articles (rows written per chunk of 200): of a
 * signature that matches nothing (most articles), and of the body's own signature, which matches the same body of
 * every earlier round (a copy with that many candidates). Every round's figures are printed. Run: {@code java -cp target/test-classes:target/classes:$(cat target/jmh.classpath)
 * -Dnewsprep.shared=../shared io.newsprep.bench.jmh.NearDuplicateCpuCost [STORED [ROUNDS]]}.
 */
public final class NearDuplicateCpuCost {

    private NearDuplicateCpuCost() {
    }

    public static void main(String[] args) throws IOException {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ArticlePipeline pipeline = PipelineParts.articlePipeline();
        Provenance provenance = new Provenance("bench", "2026-01-01T00:00:00Z", "bench");
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> dumps = Files.list(DevDumps.folder())) {
            dumps.sorted().forEach(f -> files.add(SourceFile.listed(DevDumps.folder(), f.getFileName().toString())));
        }
        MinHasher hasher = new MinHasher(50);
        Path folder = Files.createTempDirectory("near-duplicates");
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:hsqldb:file:" + folder.resolve("db")
                + ";hsqldb.tx=mvcc;shutdown=true", "sa", "", true);
        RepositorySchema.migrate(db);
        SignatureStore store = new SignatureStore(new JdbcTemplate(db));
        NearDuplicateClusterer clusterer = new NearDuplicateClusterer(store, 0.5);
        SplittableRandom random = new SplittableRandom(7);
        long id = 0;
        for (; id < stored; id++) {
            assign(clusterer, store, randomSignature(random), id);
        }
        store.flush();
        for (int round = 1; round <= rounds; round++) {
            long pipelineNanos = 0;
            long signatureNanos = 0;
            long lookupNanos = 0;
            long copyNanos = 0;
            int articles = 0;
            for (SourceFile file : files) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Outcome outcome = pipeline.process(file, provenance);
                long t1 = cpu.getCurrentThreadCpuTime();
                if (!(outcome instanceof Outcome.Accepted accepted)) {
                    continue;
                }
                Signature signature = hasher.signature(accepted.article().body());
                long t2 = cpu.getCurrentThreadCpuTime();
                assign(clusterer, store, randomSignature(random), id++);
                long t3 = cpu.getCurrentThreadCpuTime();
                if (signature != null) {
                    assign(clusterer, store, signature, id++);
                }
                long t4 = cpu.getCurrentThreadCpuTime();
                pipelineNanos += t1 - t0;
                signatureNanos += t2 - t1;
                lookupNanos += t3 - t2;
                copyNanos += t4 - t3;
                articles++;
            }
            System.out.printf("round %d: %d articles; CPU per document: pipeline %.0f us, signature %.0f us,"
                            + " lookup and add %.0f us, of a copy of %d earlier articles %.0f us (%d articles stored)%n",
                    round, articles, pipelineNanos / 1e3 / articles, signatureNanos / 1e3 / articles,
                    lookupNanos / 1e3 / articles, round - 1, copyNanos / 1e3 / articles, store.size());
        }
        db.destroy();
        System.out.println("repository folder: " + folder);
    }

    private static void assign(NearDuplicateClusterer clusterer, SignatureStore store, Signature signature, long id) {
        if (id % 200 == 0) {
            store.flush();
        }
        clusterer.assign(String.format("%016x", id), "bench/" + id + ".txt", "bench.example", "bench", signature);
    }

    private static Signature randomSignature(SplittableRandom random) {
        int[] values = new int[MinHasher.VALUES];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt();
        }
        return new Signature(values);
    }
}
