package io.newsprep.article;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.SiteMemory;
import io.newsprep.tag.LanguageTag;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceIdentification;
import io.newsprep.tag.SourceTag;
import io.newsprep.tag.SourceTagger;
import io.newsprep.text.Words;

import java.nio.file.Files;

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
        try {
            return clean(load(file), provenance);
        } catch (RejectedDumpException e) {
            return rejected(file, e);
        }
    }

    /** Reads and decodes a file; the first half of {@link #process}, for callers that look at the content hash first. */
    public Dump load(SourceFile file) throws RejectedDumpException {
        if (!file.addressable()) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, SourceFile.whyNotAddressable());
        }
        if (Files.isDirectory(file.path())) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "folder cannot be listed");
        }
        return loader.load(file);
    }

    public static Outcome.Rejected rejected(SourceFile file, RejectedDumpException e) {
        return new Outcome.Rejected(new Reject(file.relativePath(), e.reason(), e.getMessage(), null));
    }

    /** The publisher of a loaded dump, as {@link #analyse} finds it. */
    public SourceIdentification identify(Dump dump) {
        return sourceTagger.identify(dump);
    }

    /** Identifies the source, cleans and tags the language, keeping every intermediate result. */
    public Analysis analyse(Dump dump) {
        return analyse(dump, SiteMemory.EMPTY);
    }

    /**
     * An identification {@link #identify} made earlier, rebuilt from its tag and its profile's id; null when no
     * profile has that id.
     */
    public SourceIdentification identification(SourceTag tag, String profileId) {
        return sourceTagger.restore(tag, profileId);
    }

    /** As {@link #analyse(Dump)}, also removing the lines the publisher is known to repeat across its pages. */
    public Analysis analyse(Dump dump, SiteMemory memory) {
        return analyse(dump, null, memory);
    }

    /** As {@link #analyse(Dump, SiteMemory)}, for a dump {@link #identify identified} earlier (null: identify it now). */
    public Analysis analyse(Dump dump, SourceIdentification identified, SiteMemory memory) {
        SourceIdentification source = identified != null ? identified : sourceTagger.identify(dump);
        CleanedDocument cleaned = cleaner.clean(dump, source.profile(), memory.of(source.tag()));
        String body = cleaned.body();
        LanguageTag language = body.isBlank() ? LanguageTag.UNDETERMINED : languageTagger.detect(body);
        return new Analysis(dump, source, cleaned, language);
    }

    /** Cleans and tags a loaded dump; the second half of {@link #process}. */
    public Outcome clean(Dump dump, Provenance provenance) {
        return clean(dump, null, provenance, SiteMemory.EMPTY);
    }

    /**
     * As {@link #clean(Dump, Provenance)}, with what is known of the publishers' recurring lines, for a dump
     * {@link #identify identified} earlier (null: identify it now).
     */
    public Outcome clean(Dump dump, SourceIdentification identified, Provenance provenance, SiteMemory memory) {
        SourceFile file = dump.file();
        Analysis analysis = analyse(dump, identified, memory);
        SourceIdentification source = analysis.source();
        CleanedDocument cleaned = analysis.cleaned();
        String body = cleaned.body();
        if (body.isBlank()) {
            return new Outcome.Rejected(new Reject(file.relativePath(), RejectReason.NO_ARTICLE,
                    "no article text left after cleaning " + cleaned.verdicts().size() + " lines", dump.sha256()));
        }
        LanguageTag language = analysis.language();
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
                Words.count(body),
                cleaned.removed(),
                dump.sha256(),
                provenance.runId(),
                provenance.ingestedAt(),
                provenance.pipelineVersion()));
    }
}
