package io.newsprep.pipeline;

import io.newsprep.clean.Cleaner;
import io.newsprep.input.DocumentReader;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.TextDumpReader;
import io.newsprep.input.html.HtmlPageReader;
import io.newsprep.input.jsonl.JsonLinesReader;
import io.newsprep.input.warc.WarcReader;
import io.newsprep.language.LanguageTagger;
import io.newsprep.model.LineModel;
import io.newsprep.model.ModelFile;
import io.newsprep.publisher.PublisherProfiles;
import io.newsprep.publisher.PublisherTagger;

import java.nio.file.Path;
import java.util.List;

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
        return create(profilesDir, maxFileBytes, new Cleaner());
    }

    /**
     * As {@link #create(Path, long)}, with the trained line model deciding the lines of text dumps ({@code true})
     * or the hand-made classifier ({@code false}).
     */
    public static ArticlePipeline create(Path profilesDir, long maxFileBytes, boolean lineModel) {
        return create(profilesDir, maxFileBytes, lineModel ? new Cleaner(ModelFile.shipped()) : Cleaner.withoutModel());
    }

    /** As {@link #create(Path, long)}, with the given line model (a file of the user's own) deciding the lines of text dumps. */
    public static ArticlePipeline withLineModel(Path profilesDir, long maxFileBytes, LineModel lineModel) {
        return create(profilesDir, maxFileBytes, new Cleaner(java.util.Objects.requireNonNull(lineModel)));
    }

    private static ArticlePipeline create(Path profilesDir, long maxFileBytes, Cleaner cleaner) {
        return new ArticlePipeline(documentLoader(maxFileBytes), new PublisherTagger(PublisherProfiles.load(profilesDir)),
                cleaner, new LanguageTagger());
    }

    /**
     * The input formats newsprep reads, the first to recognise a file reading it: web archives (by name, streamed
     * record by record), JSON Lines files of pages, saved HTML pages, else text.
     */
    public static List<DocumentReader> documentReaders() {
        return List.of(new WarcReader(), new JsonLinesReader(), new HtmlPageReader(), new TextDumpReader());
    }

    public static DumpLoader documentLoader() {
        return documentLoader(DumpLoader.DEFAULT_MAX_BYTES);
    }

    public static DumpLoader documentLoader(long maxFileBytes) {
        return new DumpLoader(maxFileBytes, documentReaders());
    }
}
