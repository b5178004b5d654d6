package io.newsprep.job;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.output.OutcomeFormat;
import io.newsprep.duplicate.MinHasher;
import io.newsprep.duplicate.Signature;
import io.newsprep.input.Dump;
import io.newsprep.input.FileDocuments;
import io.newsprep.input.FileStat;
import io.newsprep.input.InputBoundary;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Provenance;
import io.newsprep.pipeline.Reject;
import io.newsprep.store.FileLedger;
import io.newsprep.store.LedgerEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides whether a listed file needs cleaning and, if so, runs the framework-free pipeline on each of its
 * documents: one outcome per document, named by its address. Returns null (a filtered item) for a file the
 * ledger shows unchanged since a published run (same path and size and modification time, or same bytes), so
 * that a nightly run only cleans what is new or changed; a changed file's documents are all cleaned again, and
 * so are those of an unchanged file whose reject is to be tried again (see {@link LedgerEntry#retry}).
 * A file's documents are held together until its chunk is written: as many as the file holds, within
 * {@code --max-file-size} of content. Called concurrently when threads &gt; 1; only reads the
 * ledger, all writes happen in the writer's transaction.
 */
class DumpItemProcessor implements ItemProcessor<CleanItem, ProcessedFile> {

    private final ArticlePipeline pipeline;
    private final Provenance provenance;
    /** Earlier records of files by path, as the ledger stood when the step started. */
    private final FileLedger.PathLookup priors;
    private final Path inputDir;
    private final boolean reprocess;
    private final PublisherMemory memory;
    private final ParsedPages parsedPages;
    private final List<OutcomeFormat> formats;
    private final InputBoundary boundary;
    /** Makes the bodies' near-duplicate signatures here, on the worker threads; null when clustering is off. */
    private final MinHasher hasher;
    private static final Log log = LogFactory.getLog(DumpItemProcessor.class);
    private final HeapAllowance heap = HeapAllowance.ofThisJvm();

    DumpItemProcessor(ArticlePipeline pipeline, Provenance provenance, FileLedger.PathLookup priors, Path inputDir,
                      boolean reprocess, PublisherMemory memory, ParsedPages parsedPages, InputBoundary boundary) {
        this(pipeline, provenance, priors, inputDir, reprocess, memory, parsedPages, ProcessedDocument.FORMATS, boundary,
                null);
    }

    DumpItemProcessor(ArticlePipeline pipeline, Provenance provenance, FileLedger.PathLookup priors, Path inputDir,
                      boolean reprocess, PublisherMemory memory, ParsedPages parsedPages, List<OutcomeFormat> formats,
                      InputBoundary boundary, MinHasher hasher) {
        this.formats = formats;
        this.boundary = boundary;
        this.hasher = hasher;
        this.pipeline = pipeline;
        this.provenance = provenance;
        this.priors = priors;
        this.inputDir = inputDir;
        this.reprocess = reprocess;
        this.memory = memory;
        this.parsedPages = parsedPages;
    }

    @Override
    public ProcessedFile process(CleanItem item) throws UnexpectedDumpFailure {
        try {
            return switch (item.kind()) {
                case FILE -> processSafely(item.file());
                case RECORD -> processRecord(item);
                case UNCHANGED_ARCHIVE -> null;
                case PASSED_OVER -> new ProcessedFile(item.file(), List.of(), item.passedOver());
            };
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e; // the JVM itself is in trouble: fail the run, it can be restarted
            }
            // a defect triggered by one file: the skip policy turns it into a reject
            throw new UnexpectedDumpFailure(item.file(), e);
        }
    }

    /** One record of a web archive: its article, or its reject under its own address. */
    private ProcessedFile processRecord(CleanItem item) {
        ArchiveRecord record = item.record();
        String address = record.address().key();
        Outcome outcome;
        try {
            outcome = cleanRecord(record.toDump());
        } catch (RejectedDumpException e) {
            outcome = new Outcome.Rejected(new Reject(address, e.reason(), e.getMessage(), record.sha256()));
        } catch (OutOfMemoryError e) {
            outcome = tooBigForHeap(address, record.sha256());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("internal error on " + address, e);
            outcome = new Outcome.Rejected(new Reject(address, RejectReason.INTERNAL_ERROR,
                    "internal error while reading (" + new UnexpectedDumpFailure(item.file(), e).getMessage()
                            + "); details in the log", record.sha256()));
        }
        return new ProcessedFile(item.file(), List.of(ProcessedDocument.of(item.file(), item.stat(), item.fileSha256(),
                item.change(), outcome)), item.passedOver());
    }

    private ProcessedFile processSafely(SourceFile file) {
        FileStat stat = FileStat.of(file.path());
        ParsedPages.Learned learned = parsedPages.take(file, stat);
        LedgerEntry prior = reprocess ? null : priors.byPath(file.relativePath());
        try {
            boundary.check(file);
        } catch (RejectedDumpException e) {
            // recorded as never seen, so that the file is looked at again when the run may follow the link
            return whole(file, FileStat.MISSING, reprocess ? ProcessedDocument.Change.REPROCESSED
                    : prior == null ? ProcessedDocument.Change.NEW : ProcessedDocument.Change.CHANGED,
                    ArticlePipeline.rejected(file, e));
        }
        if (prior != null && prior.settled(stat)) {
            return null;
        }
        ProcessedDocument.Change change = reprocess ? ProcessedDocument.Change.REPROCESSED
                : prior == null ? ProcessedDocument.Change.NEW
                : prior.retry() && prior.untouched(stat) ? ProcessedDocument.Change.RETRIED
                : ProcessedDocument.Change.CHANGED;
        FileDocuments documents;
        try {
            documents = learned != null && learned.dump() != null
                    ? new FileDocuments(file, learned.dump().sha256(), List.of(learned.dump()))
                    : pipeline.loadAll(file);
        } catch (RejectedDumpException e) {
            return whole(file, stat, change, ArticlePipeline.rejected(file, e));
        } catch (OutOfMemoryError e) {
            // what this one file needed is garbage again once the error has unwound; the run goes on
            return whole(file, stat, change, tooBigForHeap(file.relativePath(), null));
        }
        if (prior != null && !prior.retry() && documents.sha256().equals(prior.fileSha256())) {
            return null; // touched, not changed
        }
        if (documents.documents().isEmpty()) {
            return whole(file, stat, change, ArticlePipeline.rejected(file,
                    new RejectedDumpException(RejectReason.EMPTY, "file holds no document")));
        }
        // the publisher the learn step identified is kept for a file that is one document
        LearnedPublisher source = learned != null && documents.wholeFile() ? learned.source() : null;
        List<ProcessedDocument> processed = new ArrayList<>(documents.documents().size());
        for (Dump dump : documents.documents()) {
            // copies and moves are settled per chunk by the writer, with one ledger query
            Outcome outcome = documents.wholeFile() ? clean(dump, source) : cleanRecord(dump);
            Signature signature = null;
            if (hasher != null && outcome instanceof Outcome.Accepted accepted) {
                // alone until the writer, which sees the articles in order, finds what it copies
                signature = hasher.signature(accepted.article().body());
                Article article = accepted.article();
                outcome = new Outcome.Accepted(article.inCluster(article.id(), null, null));
            }
            processed.add(ProcessedDocument.of(formats, file, stat, documents.sha256(), change, outcome, signature));
        }
        return new ProcessedFile(file, processed);
    }

    private Outcome clean(Dump dump, LearnedPublisher source) {
        Outcome outcome;
        try {
            outcome = HeapTurns.withRetryAlone(() -> pipeline.clean(source == null ? new ArticlePipeline.Loaded(dump)
                    : source.restore(pipeline, dump), provenance, memory));
        } catch (OutOfMemoryError e) {
            outcome = tooBigForHeap(dump.address().key(), dump.sha256());
        }
        if (outcome instanceof Outcome.Accepted accepted && !heap.fits(accepted.article())) {
            outcome = tooBigForHeap(dump.address().key(), dump.sha256());
        }
        return outcome;
    }

    /**
     * A record of a file of many documents; a failure nobody foresaw is that record's reject, so that it does not
     * take its siblings with it (a whole file's failure goes to the step's skip policy).
     */
    private Outcome cleanRecord(Dump dump) {
        try {
            return clean(dump, null);
        } catch (RuntimeException | StackOverflowError e) {
            log.error("internal error on " + dump.address().key(), e);
            return new Outcome.Rejected(new Reject(dump.address().key(), RejectReason.INTERNAL_ERROR,
                    "internal error while processing (" + new UnexpectedDumpFailure(dump.file(), e).getMessage()
                            + "); details in the log", dump.sha256()));
        }
    }

    private ProcessedFile whole(SourceFile file, FileStat stat, ProcessedDocument.Change change, Outcome outcome) {
        return ProcessedFile.of(ProcessedDocument.of(formats, file, stat, outcome.contentSha256(), change, outcome, null));
    }

    private Outcome.Rejected tooBigForHeap(String address, String sha256) {
        return new Outcome.Rejected(new Reject(address, RejectReason.TOO_LARGE,
                "cleaning and writing this file needs more memory than the " + heap.maxHeapMegabytes()
                        + " MB heap allows; give java a larger -Xmx or lower --max-file-size", sha256));
    }
}
