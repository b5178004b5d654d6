package io.newsprep.article;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.tag.LanguageTag;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceIdentification;
import io.newsprep.tag.SourceTagger;

/**
 * The whole per-file pipeline, free of any framework: load and decode, identify the source, clean,
 * tag the language and assemble the article — or say in one line why the file gives none.
 * Thread-safe: one instance serves all worker threads.
 */
public final class DumpProcessor {

    private final DumpLoader loader;
    private final SourceTagger sourceTagger;
    private final Cleaner cleaner;
    private final LanguageTagger languageTagger;

    public DumpProcessor(DumpLoader loader, SourceTagger sourceTagger, Cleaner cleaner, LanguageTagger languageTagger) {
        this.loader = loader;
        this.sourceTagger = sourceTagger;
        this.cleaner = cleaner;
        this.languageTagger = languageTagger;
    }

    public Outcome process(SourceFile file, Provenance provenance) {
        Dump dump;
        try {
            dump = loader.load(file);
        } catch (RejectedDumpException e) {
            return new Outcome.Rejected(new Reject(file.relativePath(), e.reason(), e.getMessage(), null));
        }
        SourceIdentification source = sourceTagger.identify(dump);
        CleanedDocument cleaned = cleaner.clean(dump, source.profile());
        String body = cleaned.body();
        if (body.isBlank()) {
            return new Outcome.Rejected(new Reject(file.relativePath(), RejectReason.NO_ARTICLE,
                    "no article text left after cleaning " + cleaned.verdicts().size() + " lines", dump.sha256()));
        }
        LanguageTag language = languageTagger.detect(body);
        return new Outcome.Accepted(new Article(
                ArticleIds.fromSha256(dump.sha256()),
                file.relativePath(),
                dump.metadata().url(),
                cleaned.title(),
                cleaned.subtitles(),
                cleaned.authors(),
                cleaned.published(),
                cleaned.section(),
                body,
                language.code(),
                language.confidence(),
                source.tag().domain(),
                source.tag().name(),
                source.tag().method().code(),
                dump.encoding(),
                WordCounter.count(body),
                cleaned.removed(),
                dump.sha256(),
                provenance.runId(),
                provenance.ingestedAt(),
                provenance.pipelineVersion()));
    }
}
