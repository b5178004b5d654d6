package io.newsprep.job;

import io.newsprep.input.Dump;
import io.newsprep.input.FileStat;
import io.newsprep.input.ManifestLine;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.InputBoundary;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.ArticleFingerprint;
import io.newsprep.memory.PublisherKey;
import io.newsprep.memory.PublisherLineCounter;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.memory.SiteMates;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.store.FileLedger;
import io.newsprep.store.LedgerEntry;
import io.newsprep.store.PublisherLineStore;
import io.newsprep.publisher.PublisherIdentification;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Second step: before anything is cleaned, counts the short lines of every new document per publisher (every
 * document of a file that holds many) and
 * adds them to the stored counts, so that the first pages of a publisher in a run are cleaned with what all
 * of its pages have in common. Files the ledger shows unchanged are not read again, and a document already
 * counted (by an earlier run, under another path, or as another crawl of the same article: see
 * {@link ArticleFingerprint}) is not counted twice. Files are read on the worker threads
 * and counted in manifest order; the pages it parses and the publishers it identifies are kept for the clean
 * step ({@link ParsedPages}).
 * The line counts are written at the end, in the step's transaction: a failed attempt leaves them as they
 * were, and a restart first forgets which documents that attempt recorded as counted, then counts the same
 * documents in the same order. Everything else touches the database outside the step's transaction, which
 * therefore stays idle until the end: while a transaction is open, HSQLDB keeps every row committed meanwhile
 * in the heap, and the counted documents are committed batch by batch.
 */
class LearnPublisherLinesTasklet implements Tasklet {

    static final String DOCUMENTS_COUNTED = "memory.documents.counted";
    /** Files read ahead on the worker threads; two batches bound the pages held in memory at once. */
    private static final int BATCH = 128;
    private static final Log log = LogFactory.getLog(LearnPublisherLinesTasklet.class);

    private final ArticlePipeline pipeline;
    private final FileLedger ledger;
    private final PublisherLineStore store;
    private final NewsprepProperties.Memory settings;
    private final Path inputDir;
    /** The input folder as the ledger knows it. */
    private final String ledgerInput;
    private final Path manifest;
    private final String runId;
    private final boolean reprocess;
    private final Executor workers;
    private final TransactionTemplate outsideStepTransaction;
    private final TransactionTemplate ownTransaction;
    private final InputBoundary boundary;

    LearnPublisherLinesTasklet(ArticlePipeline pipeline, FileLedger ledger, PublisherLineStore store,
                            NewsprepProperties.Memory settings, Path inputDir, Path manifest, String runId,
                            boolean reprocess, Executor workers, PlatformTransactionManager transactions,
                            InputBoundary boundary) {
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.store = store;
        this.settings = settings;
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.ledgerInput = inputDir.toString();
        this.manifest = manifest;
        this.runId = runId;
        this.reprocess = reprocess;
        this.workers = workers;
        this.outsideStepTransaction = new TransactionTemplate(transactions);
        this.outsideStepTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.boundary = boundary;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!settings.enabled()) {
            return RepeatStatus.FINISHED;
        }
        long started = System.nanoTime();
        ownTransaction.executeWithoutResult(status -> store.forgetCountedBy(runId));
        PublisherLineCounter counter = new PublisherLineCounter(settings.maxSources(), settings.maxLinesPerSource());
        FileLedger.PathLookup priors = outsideStepTransaction.execute(status -> ledger.pathLookup(ledgerInput, runId));
        Counted counted = new Counted();
        LearnProgress progress = new LearnProgress(System.err, chunkContext.getStepContext().getStepExecution()
                .getJobExecution().getExecutionContext().getLong(ScanInputTasklet.FILES_TOTAL, -1L));
        long listed = 0;
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             ParsedPages.Writer parsed = new ParsedPages.Writer(ParsedPages.fileOf(manifest))) {
            // one batch is read on the workers while the one before it is counted here
            List<SourceFile> batch = new ArrayList<>(BATCH);
            List<CompletableFuture<List<Page>>> reading = List.of();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String relative = ManifestLine.decode(line);
                batch.add(SourceFile.listed(inputDir, relative));
                if (batch.size() == BATCH) {
                    List<CompletableFuture<List<Page>>> next = read(batch, priors);
                    count(reading, counter, counted, parsed);
                    progress.filesRead(listed);
                    listed += BATCH;
                    reading = next;
                    batch = new ArrayList<>(BATCH);
                }
            }
            List<CompletableFuture<List<Page>>> last = read(batch, priors);
            count(reading, counter, counted, parsed);
            count(last, counter, counted, parsed);
            parsed.commit();
        }
        countUnnamed(counter, counted);
        store.add(runId, counter, settings.maxLinesPerSource());
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(DOCUMENTS_COUNTED, counted.total);
        log.info("counted the lines of " + counted.total + " documents of " + counter.sources().size()
                + " publishers in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return RepeatStatus.FINISHED;
    }

    /** Starts reading a batch of files on the worker threads. */
    private List<CompletableFuture<List<Page>>> read(List<SourceFile> batch, FileLedger.PathLookup priors) {
        List<CompletableFuture<List<Page>>> pages = new ArrayList<>(batch.size());
        for (SourceFile file : batch) {
            pages.add(CompletableFuture.supplyAsync(() -> read(file, priors), workers));
        }
        return pages;
    }

    /**
     * Counts a batch of files in manifest order, so the counts never vary, and keeps the parsed pages for the
     * clean step.
     */
    private void count(List<CompletableFuture<List<Page>>> pages, PublisherLineCounter counter, Counted counted,
                       ParsedPages.Writer parsed) throws IOException {
        List<Page> read = new ArrayList<>(pages.size());
        Set<String> fingerprints = new HashSet<>();
        for (CompletableFuture<List<Page>> future : pages) {
            List<Page> ofFile = join(future);
            // one record per file: what was learned of a file that is one document; a file of many is read again
            Page only = ofFile.size() == 1 ? ofFile.get(0) : Page.NONE;
            parsed.add(only.stat(), only.dump(), only.learned());
            for (Page page : ofFile) {
                read.add(page);
                if (page.fingerprint() != null) {
                    fingerprints.add(page.fingerprint());
                }
            }
        }
        Set<String> countedBefore = outsideStepTransaction.execute(status -> store.countedAmong(fingerprints));
        // shapes only for the documents about to be counted: most pages of a re-crawled article were counted before
        List<Page> toCount = new ArrayList<>();
        List<CompletableFuture<Set<String>>> shapes = new ArrayList<>();
        Set<String> batchFingerprints = new HashSet<>();
        List<Page> unnamed = new ArrayList<>();
        List<CompletableFuture<Set<String>>> unnamedShapes = new ArrayList<>();
        for (Page page : read) {
            if (page.source() != null && !countedBefore.contains(page.fingerprint())
                    && batchFingerprints.add(page.fingerprint())) {
                toCount.add(page);
                shapes.add(CompletableFuture.supplyAsync(() -> shapesOf(page), workers));
            } else if (page.source() == null && page.fingerprint() != null && !countedBefore.contains(page.fingerprint())
                    && !counted.unnamed.containsKey(page.fingerprint()) && batchFingerprints.add(page.fingerprint())
                    && counted.unnamed.size() + unnamed.size() < settings.maxUnnamedDocuments()) {
                unnamed.add(page);
                unnamedShapes.add(CompletableFuture.supplyAsync(() -> shapesOf(page), workers));
            }
        }
        for (int i = 0; i < unnamed.size(); i++) {
            Set<String> lineShapes = join(unnamedShapes.get(i));
            if (lineShapes != null) {
                counted.unnamed.put(unnamed.get(i).fingerprint(), lineShapes);
            }
        }
        for (int i = 0; i < toCount.size(); i++) {
            Page page = toCount.get(i);
            Set<String> lineShapes = join(shapes.get(i));
            if (lineShapes != null && counter.countShapes(page.source(), lineShapes)) {
                counted.batch.put(page.fingerprint(), page.source());
            }
        }
        // committed now, for the next batches to see
        ownTransaction.executeWithoutResult(status -> store.recordCounted(runId, counted.batch));
        counted.total += counted.batch.size();
        counted.batch.clear();
    }

    /**
     * Counts the documents of no known publisher that have site mates, each under its group's key: the group of
     * earlier runs whose recurring lines it fits, else the group it forms with other documents of this run
     * ({@link SiteMates}). In fingerprint order, so the counts do not depend on the order of the files.
     */
    private void countUnnamed(PublisherLineCounter counter, Counted counted) {
        if (counted.unnamed.isEmpty()) {
            return;
        }
        PublisherMemory known = outsideStepTransaction.execute(status -> settings.recallFrom(store));
        Map<String, String> groups = new TreeMap<>();
        List<SiteMates.Document> ungrouped = new ArrayList<>();
        for (Map.Entry<String, Set<String>> document : counted.unnamed.entrySet()) {
            String group = known.groupOfShapes(document.getValue());
            if (group != null) {
                groups.put(document.getKey(), group);
            } else {
                ungrouped.add(new SiteMates.Document(document.getKey(), document.getValue()));
            }
        }
        groups.putAll(SiteMates.group(ungrouped));
        groups.forEach((fingerprint, group) -> {
            if (counter.countShapes(group, counted.unnamed.get(fingerprint))) {
                counted.batch.put(fingerprint, group);
            }
        });
        ownTransaction.executeWithoutResult(status -> store.recordCounted(runId, counted.batch));
        counted.total += counted.batch.size();
        log.info("grouped " + groups.size() + " of " + counted.unnamed.size() + " documents of no known publisher into "
                + new HashSet<>(groups.values()).size() + " sites");
        counted.batch.clear();
        counted.unnamed.clear();
    }

    /**
     * The documents counted in the batch not yet recorded, and how many were counted in all; the line shapes of
     * the documents of no known publisher, by fingerprint in order, until they are grouped at the end.
     */
    private static final class Counted {
        final Map<String, String> batch = new LinkedHashMap<>();
        final Map<String, Set<String>> unnamed = new TreeMap<>();
        long total;
    }

    /**
     * The documents of a new or changed file, each with its publisher (none for a document of no known
     * publisher); none for a file that is unchanged or unreadable.
     */
    private List<Page> read(SourceFile file, FileLedger.PathLookup priors) {
        FileStat stat = FileStat.of(file.path());
        if (!reprocess && unchanged(priors.byPath(file.relativePath()), stat)) {
            return List.of();
        }
        try {
            boundary.check(file);
            List<Dump> documents = pipeline.loadAll(file).documents();
            List<Page> pages = new ArrayList<>(documents.size());
            for (Dump dump : documents) {
                pages.add(page(stat, pipeline.identify(new ArticlePipeline.Loaded(dump))));
            }
            return pages;
        } catch (RejectedDumpException | RuntimeException | StackOverflowError e) {
            return List.of(); // the clean step rejects it with its reason
        }
    }

    private static Page page(FileStat stat, ArticlePipeline.Identified document) {
        Dump dump = document.dump();
        PublisherIdentification identified = document.source();
        LearnedPublisher learned = LearnedPublisher.of(identified);
        String source = PublisherKey.of(identified.tag());
        return source == null ? new Page(stat, dump, learned, ArticleFingerprint.of(SiteMates.UNNAMED, dump.lines()), null)
                : new Page(stat, dump, learned, ArticleFingerprint.of(source, dump.lines()), source);
    }

    /** The document's line shapes, or null when they cannot be made: such a document is cleaned, not counted. */
    private static Set<String> shapesOf(Page page) {
        try {
            return PublisherLineCounter.shapesOf(page.dump().lines());
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** @param learned the publisher as identified, kept for the clean step */
    private record Page(FileStat stat, Dump dump, LearnedPublisher learned, String fingerprint, String source) {
        static final Page NONE = new Page(null, null, null, null, null);
    }

    private static boolean unchanged(LedgerEntry prior, FileStat stat) {
        return prior != null && prior.settled(stat);
    }
}
