package io.newsprep.bench.jmh;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.Dump;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Provenance;
import io.newsprep.language.LanguageTag;
import io.newsprep.language.LanguageTagger;
import io.newsprep.publisher.PublisherProfile;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-document hot path, one dump at a time: cleaning, language detection of the cleaned body, writing
 * the article as a JSON line, and the whole {@link ArticlePipeline#process} (read from the page cache, decode,
 * tag, clean, assemble). The dumps are a small, a median and the largest development dump (1.6, 9 and
 * 99 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PerDocumentBenchmark {

    @Param({"1ace8c85", "08f79376", "3c6d3381"})
    public String dump;

    private SourceFile file;
    private Dump loaded;
    private PublisherProfile profile;
    private String body;
    private Article article;

    private Cleaner cleaner;
    private LanguageTagger languageTagger;
    private ArticlePipeline processor;
    private ArticleJsonLine jsonLine;
    private final Provenance provenance = new Provenance("20260101T000000Z-0000", "2026-01-01T00:00:00Z", "bench");

    @Setup(Level.Trial)
    public void setUp() {
        cleaner = PipelineParts.cleaner();
        languageTagger = PipelineParts.languageTagger();
        processor = PipelineParts.articlePipeline();
        jsonLine = new ArticleJsonLine();

        file = DevDumps.file(dump);
        loaded = DevDumps.load(dump);
        profile = PipelineParts.publisherTagger().identify(loaded).profile();
        body = cleaner.clean(loaded, profile).body();
        Outcome outcome = processor.process(file, provenance);
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            throw new IllegalStateException("dev dump " + dump + " gives no article: " + outcome);
        }
        article = accepted.article();
    }

    @Benchmark
    public CleanedDocument clean() {
        return cleaner.clean(loaded, profile);
    }

    @Benchmark
    public LanguageTag detectLanguage() {
        return languageTagger.detect(body);
    }

    @Benchmark
    public String writeJsonLine() {
        return jsonLine.write(article);
    }

    @Benchmark
    public Outcome process() {
        return processor.process(file, provenance);
    }
}
