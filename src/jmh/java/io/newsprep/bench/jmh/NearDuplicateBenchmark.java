package io.newsprep.bench.jmh;

import io.newsprep.clean.Cleaner;
import io.newsprep.duplicate.MinHasher;
import io.newsprep.duplicate.NearDuplicateClusterer;
import io.newsprep.duplicate.Signature;
import io.newsprep.input.Dump;
import io.newsprep.store.RepositorySchema;
import io.newsprep.store.SignatureStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What near-duplicate clustering adds per document: the MinHash signature of a cleaned body (the worker threads'
 * part), and the writer's part, looking an article up by its LSH bands and adding it, in a file repository that
 * already holds {@code stored} articles (signatures of distinct bodies, so the lookup finds no candidate, as for
 * most articles), the rows written in batches of a chunk's size. The dumps are those of {@link PerDocumentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NearDuplicateBenchmark {

    @Param({"1ace8c85", "08f79376", "3c6d3381"})
    public String dump;

    /** Articles per chunk: the writer writes a chunk's rows in one batch. */
    private static final int CHUNK = 200;

    @Param({"20000"})
    public int stored;

    private String body;
    private final MinHasher hasher = new MinHasher(50);
    private SingleConnectionDataSource db;
    private Path folder;
    private NearDuplicateClusterer clusterer;
    private SignatureStore store;
    private final SplittableRandom random = new SplittableRandom(7);
    private long next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Cleaner cleaner = PipelineParts.cleaner();
        Dump loaded = DevDumps.load(dump);
        body = cleaner.clean(loaded, PipelineParts.publisherTagger().identify(loaded).profile()).body();
        folder = Files.createTempDirectory("near-duplicates");
        db = new SingleConnectionDataSource("jdbc:hsqldb:file:" + folder.resolve("db") + ";hsqldb.tx=mvcc;shutdown=true",
                "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        RepositorySchema.migrate(db);
        store = new SignatureStore(jdbc);
        clusterer = new NearDuplicateClusterer(store, 0.5);
        for (int i = 0; i < stored; i++) {
            assign();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.destroy();
    }

    @Benchmark
    public Signature signature() {
        return hasher.signature(body);
    }

    @Benchmark
    public NearDuplicateClusterer.Assignment lookUpAndAdd() {
        return assign();
    }

    private NearDuplicateClusterer.Assignment assign() {
        int[] values = new int[MinHasher.VALUES];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt();
        }
        long id = next++;
        if (id % CHUNK == 0) {
            store.flush();
        }
        return clusterer.assign(String.format("%016x", id), "bench/" + id + ".txt", "bench.example", "bench",
                new Signature(values));
    }
}
