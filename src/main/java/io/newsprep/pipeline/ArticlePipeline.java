package io.newsprep.pipeline;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.clean.Cleaner;
import io.newsprep.clean.SectionChooser;
import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.FileDocuments;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.model.LineModel;
import io.newsprep.language.LanguageTag;
import io.newsprep.language.LanguageTagger;
import io.newsprep.publisher.PublisherIdentification;
import io.newsprep.publisher.PublisherTag;
import io.newsprep.publisher.PublisherTagger;
import io.newsprep.publisher.SiteName;
import io.newsprep.publisher.SiteNameChooser;
import io.newsprep.text.Words;

import java.nio.file.Files;

/**
 * The whole per-document pipeline, free of any framework: load and decode, identify the publisher, clean, tag
 * the language and assemble the article, or say in one line why the document gives none. A caller that
 * splits the work (the ingest job learns from every document before it cleans any) hands a {@link Loaded} or
 * {@link Identified} document from one half to the other. Built by {@link PipelineFactory}. Thread-safe: one
 * instance serves all worker threads.
 */
public final class ArticlePipeline {

    /** A document part-way through the pipeline. */
    public sealed interface Document permits Loaded, Identified {
        Dump dump();
    }

    /** A document read and decoded, its publisher not yet identified. */
    public record Loaded(Dump dump) implements Document {
    }

    /** A document whose publisher is identified: what the learn step hands to the clean step. */
    public record Identified(Dump dump, PublisherIdentification source) implements Document {
    }

    private static final SiteNameChooser SITE_NAMES = new SiteNameChooser();
    private static final SectionChooser SECTIONS = new SectionChooser();

    private final DumpLoader loader;
    private final PublisherTagger publisherTagger;
    private final Cleaner cleaner;
    private final LanguageTagger languageTagger;

    ArticlePipeline(DumpLoader loader, PublisherTagger publisherTagger, Cleaner cleaner, LanguageTagger languageTagger) {
        this.loader = loader;
        this.publisherTagger = publisherTagger;
        this.cleaner = cleaner;
        this.languageTagger = languageTagger;
    }

    /** The whole pipeline over one file, with no knowledge of the publishers' recurring lines. */
    /** The trained line model that decides text dumps, or null when the hand-made classifier does. */
    public LineModel lineModel() {
        return cleaner.model();
    }

    public Outcome process(SourceFile file, Provenance provenance) {
        try {
            return clean(load(file), provenance, PublisherMemory.EMPTY);
        } catch (RejectedDumpException e) {
            return rejected(file, e);
        }
    }

    /** Reads and decodes a file, for callers that look at the content hash before they clean. */
    public Loaded load(SourceFile file) throws RejectedDumpException {
        checkReadable(file);
        return new Loaded(loader.load(file));
    }

    /** Reads and decodes every document of a file, with the hash of the file as stored. */
    public FileDocuments loadAll(SourceFile file) throws RejectedDumpException {
        checkReadable(file);
        return loader.read(file);
    }

    /** Whether the file is read record by record from disk (a web archive) rather than whole. */
    public boolean readsRecordByRecord(SourceFile file) {
        return file.addressable() && loader.recordReaderOf(file) != null;
    }

    /**
     * The records of a web archive, streamed from disk; each record's {@link ArchiveRecord#toDump} gives the
     * document to {@link #clean}, on any thread.
     */
    public ArchiveRecords records(SourceFile file) throws RejectedDumpException {
        checkReadable(file);
        ArchiveRecords records = loader.records(file);
        if (records == null) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "not a web archive");
        }
        return records;
    }

    private static void checkReadable(SourceFile file) throws RejectedDumpException {
        if (!file.addressable()) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, SourceFile.whyNotAddressable());
        }
        if (Files.isDirectory(file.path())) {
            throw new RejectedDumpException(RejectReason.UNREADABLE, "folder cannot be listed");
        }
    }

    /** The reject of a file that did not load. */
    public static Outcome.Rejected rejected(SourceFile file, RejectedDumpException e) {
        return new Outcome.Rejected(new Reject(file.relativePath(), e.reason(), e.getMessage(), null));
    }

    /** Identifies the publisher of a loaded document. */
    public Identified identify(Document document) {
        return identified(document);
    }

    private Identified identified(Document document) {
        return document instanceof Identified identified ? identified
                : new Identified(document.dump(), publisherTagger.identify(document.dump()));
    }

    /**
     * A document as {@link #identify} found it earlier, rebuilt from the publisher's tag and its profile's id;
     * the document as loaded when no profile has that id any more.
     */
    public Document identifiedBefore(Dump dump, PublisherTag tag, String profileId) {
        PublisherIdentification source = publisherTagger.restore(tag, profileId);
        return source == null ? new Loaded(dump) : new Identified(dump, source);
    }

    /** Identifies (if not yet), cleans and tags the language, keeping every intermediate result. */
    public Analysis analyse(Document document, PublisherMemory memory) {
        Identified identified = identified(document);
        PublisherIdentification source = identified.source();
        Dump dump = identified.dump();
        CleanedDocument cleaned = cleaner.clean(dump, source.profile(), memory.of(source.tag(), dump.lines()));
        String body = cleaned.body();
        LanguageTag language = body.isBlank() ? LanguageTag.UNDETERMINED : languageTagger.detect(body);
        return new Analysis(dump, source, cleaned, language);
    }

    /**
     * The article of a document, or its reject when cleaning leaves no text, with what is known of the
     * publishers' recurring lines.
     */
    public Outcome clean(Document document, Provenance provenance, PublisherMemory memory) {
        Analysis analysis = analyse(document, memory);
        Dump dump = analysis.dump();
        String address = dump.address().key();
        PublisherIdentification source = analysis.source();
        CleanedDocument cleaned = analysis.cleaned();
        String body = cleaned.body();
        if (body.isBlank()) {
            return new Outcome.Rejected(new Reject(address, RejectReason.NO_ARTICLE,
                    "no article text left after cleaning " + cleaned.verdicts().size() + " lines", dump.sha256()));
        }
        LanguageTag language = analysis.language();
        PublishedDate published = PublishedDate.parse(cleaned.published());
        SiteName siteName = SITE_NAMES.choose(dump, source);
        SectionChooser.Choice section = section(dump, cleaned, siteName);
        return new Outcome.Accepted(new Article(
                ArticleIds.fromSha256(dump.sha256()),
                address,
                dump.metadata().url(),
                cleaned.title(),
                cleaned.subtitles(),
                cleaned.authors(),
                published.iso(),
                section.section(),
                body,
                language.code(),
                language.confidence(),
                source.tag().domain(),
                siteName.name(),
                source.tag().method().code(),
                dump.encoding(),
                Words.count(body),
                cleaned.removed(),
                dump.sha256(),
                provenance.runId(),
                provenance.ingestedAt(),
                provenance.pipelineVersion(),
                null,
                cleaned.publishedRaw(),
                published.precision(),
                dump.metadata().crawledAt(),
                dump.metadata().recordId(),
                dump.encodingErrors(),
                null, null, null,
                published.iso() == null ? null : cleaned.publishedMethod(),
                cleaned.authorsMethod(),
                section.method(),
                siteName.method()));
    }

    /** The section the page's tags give, else the one its lines show. */
    private static SectionChooser.Choice section(Dump dump, CleanedDocument cleaned, SiteName siteName) {
        String tagged = dump.metadata().section();
        if (tagged != null && !tagged.isBlank()) {
            return new SectionChooser.Choice(cleaned.section(), SectionChooser.HTML_META);
        }
        return SECTIONS.choose(cleaned.verdicts(), siteName.name());
    }
}
