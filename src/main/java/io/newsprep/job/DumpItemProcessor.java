package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.FileStat;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.SiteMemory;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Provenance;
import io.newsprep.pipeline.Reject;
import io.newsprep.store.FileLedger;
import io.newsprep.store.LedgerEntry;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides whether a listed file needs cleaning and, if so, runs the framework-free pipeline on it.
 * Returns null (a filtered item) for a file the ledger shows unchanged since a published run (same path and
 * size and modification time, or same bytes), so that a nightly run only cleans what is new or changed. Called concurrently when threads &gt; 1; only reads the
 * ledger, all writes happen in the writer's transaction.
 */
class DumpItemProcessor implements ItemProcessor<SourceFile, ProcessedFile> {

    private final ArticlePipeline pipeline;
    private final Provenance provenance;
    /** Earlier records of files by path, as the ledger stood when the step started. */
    private final FileLedger.PathLookup priors;
    private final Path inputDir;
    private final boolean reprocess;
    private final SiteMemory memory;
    private final ParsedPages parsedPages;
    private final HeapAllowance heap = HeapAllowance.ofThisJvm();

    DumpItemProcessor(ArticlePipeline pipeline, Provenance provenance, FileLedger.PathLookup priors, Path inputDir,
                      boolean reprocess, SiteMemory memory, ParsedPages parsedPages) {
        this.pipeline = pipeline;
        this.provenance = provenance;
        this.priors = priors;
        this.inputDir = inputDir;
        this.reprocess = reprocess;
        this.memory = memory;
        this.parsedPages = parsedPages;
    }

    @Override
    public ProcessedFile process(SourceFile file) throws UnexpectedDumpFailure {
        try {
            return processSafely(file);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e; // the JVM itself is in trouble: fail the run, it can be restarted
            }
            // a defect triggered by one file: the skip policy turns it into a reject
            throw new UnexpectedDumpFailure(file, e);
        }
    }

    private ProcessedFile processSafely(SourceFile file) {
        FileStat stat = FileStat.of(file.path());
        ParsedPages.Learned learned = parsedPages.take(file, stat);
        LedgerEntry prior = reprocess ? null : priors.byPath(file.relativePath());
        if (prior != null && prior.untouched(stat)) {
            return null;
        }
        ProcessedFile.Change change = reprocess ? ProcessedFile.Change.REPROCESSED
                : prior == null ? ProcessedFile.Change.NEW : ProcessedFile.Change.CHANGED;
        Dump dump;
        try {
            dump = learned != null && learned.dump() != null ? learned.dump() : pipeline.load(file).dump();
        } catch (RejectedDumpException e) {
            return ProcessedFile.of(file, stat, change, ArticlePipeline.rejected(file, e));
        } catch (OutOfMemoryError e) {
            // what this one file needed is garbage again once the error has unwound; the run goes on
            return ProcessedFile.of(file, stat, change, tooBigForHeap(file, null));
        }
        if (prior != null && dump.sha256().equals(prior.contentSha256())) {
            return null; // touched, not changed
        }
        // copies and moves are settled per chunk by the writer, with one ledger query
        Outcome outcome;
        try {
            ArticlePipeline.Document document = learned == null ? new ArticlePipeline.Loaded(dump)
                    : learned.source().restore(pipeline, dump);
            outcome = pipeline.clean(document, provenance, memory);
        } catch (OutOfMemoryError e) {
            outcome = tooBigForHeap(file, dump.sha256());
        }
        if (outcome instanceof Outcome.Accepted accepted && !heap.fits(accepted.article())) {
            outcome = tooBigForHeap(file, dump.sha256());
        }
        return ProcessedFile.of(file, stat, change, outcome);
    }

    private Outcome.Rejected tooBigForHeap(SourceFile file, String sha256) {
        return new Outcome.Rejected(new Reject(file.relativePath(), RejectReason.TOO_LARGE,
                "cleaning and writing this file needs more memory than the " + heap.maxHeapMegabytes()
                        + " MB heap allows; give java a larger -Xmx or lower --max-file-size", sha256));
    }
}
