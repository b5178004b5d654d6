package io.newsprep.bench.jmh;

import io.newsprep.clean.Cleaner;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.PipelineFactory;
import io.newsprep.language.LanguageTagger;
import io.newsprep.publisher.PublisherTagger;

/**
 * The only place the microbenchmarks get the pipeline and its parts: the whole pipeline from {@link PipelineFactory},
 * as the ingest job and the command line get it; the parts, for the benchmarks of single stages, built as the
 * factory builds them (when construction changes there, change it here).
 */
final class PipelineParts {

    private PipelineParts() {
    }

    static Cleaner cleaner() {
        return new Cleaner();
    }

    static PublisherTagger publisherTagger() {
        return new PublisherTagger();
    }

    static LanguageTagger languageTagger() {
        return new LanguageTagger();
    }

    static ArticlePipeline articlePipeline() {
        return PipelineFactory.standard();
    }
}
