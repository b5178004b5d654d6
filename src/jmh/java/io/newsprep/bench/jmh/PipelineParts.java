package io.newsprep.bench.jmh;

import io.newsprep.article.DumpProcessor;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.DumpLoader;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceTagger;

/**
 * The only place the microbenchmarks construct pipeline parts, built the way the ingest job builds them
 * (see {@code PipelineConfiguration}); when construction changes there, change it here.
 */
final class PipelineParts {

    private PipelineParts() {
    }

    static Cleaner cleaner() {
        return new Cleaner();
    }

    static SourceTagger sourceTagger() {
        return new SourceTagger();
    }

    static LanguageTagger languageTagger() {
        return new LanguageTagger();
    }

    static DumpProcessor dumpProcessor() {
        return new DumpProcessor(new DumpLoader(), sourceTagger(), cleaner(), languageTagger());
    }
}
