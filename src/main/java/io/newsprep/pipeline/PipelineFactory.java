package io.newsprep.pipeline;

import io.newsprep.clean.Cleaner;
import io.newsprep.input.DumpLoader;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceProfiles;
import io.newsprep.tag.SourceTagger;

import java.nio.file.Path;

/**
 * The one place an {@link ArticlePipeline} is assembled: the ingest job, the command line and the benchmarks
 * all build it here, so that they measure and run the same pipeline.
 */
public final class PipelineFactory {

    private PipelineFactory() {
    }

    /** The pipeline with the bundled rules and profiles and the default file-size limit. */
    public static ArticlePipeline standard() {
        return create(null, DumpLoader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param profilesDir a folder of publisher profiles to use instead of the bundled ones; null for the bundled
     * @param maxFileBytes largest accepted file, and largest accepted decompressed content
     */
    public static ArticlePipeline create(Path profilesDir, long maxFileBytes) {
        return new ArticlePipeline(new DumpLoader(maxFileBytes), new SourceTagger(SourceProfiles.load(profilesDir)),
                new Cleaner(), new LanguageTagger());
    }
}
