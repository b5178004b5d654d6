package io.newsprep.job;

import io.newsprep.article.DumpProcessor;
import io.newsprep.input.Dump;
import io.newsprep.input.ManifestLine;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.memory.SourceKey;
import io.newsprep.memory.SourceLineCounter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Second step: before anything is cleaned, counts the short lines of every new document per publisher and
 * adds them to the stored counts, so that the first pages of a publisher in a run are cleaned with what all
 * of its pages have in common. Files the ledger shows unchanged are not read again, and a document already
 * counted (by an earlier run, or under another path) is not counted twice. One transaction: a failed attempt
 * leaves the stored counts as they were, and a restart counts the same documents in the same order.
 */
class LearnSourceLinesTasklet implements Tasklet {

    static final String DOCUMENTS_COUNTED = "memory.documents.counted";
    private static final Log log = LogFactory.getLog(LearnSourceLinesTasklet.class);

    private final DumpProcessor pipeline;
    private final FileLedger ledger;
    private final SourceLineStore store;
    private final NewsprepProperties.Memory settings;
    private final Path inputDir;
    /** The input folder as the ledger knows it. */
    private final String ledgerInput;
    private final Path manifest;
    private final String runId;
    private final boolean reprocess;

    LearnSourceLinesTasklet(DumpProcessor pipeline, FileLedger ledger, SourceLineStore store,
                            NewsprepProperties.Memory settings, Path inputDir, Path manifest, String runId,
                            boolean reprocess) {
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.store = store;
        this.settings = settings;
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.ledgerInput = inputDir.toString();
        this.manifest = manifest;
        this.runId = runId;
        this.reprocess = reprocess;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!settings.enabled()) {
            return RepeatStatus.FINISHED;
        }
        long started = System.nanoTime();
        SourceLineCounter counter = new SourceLineCounter(settings.maxSources(), settings.maxLinesPerSource());
        Map<String, String> counted = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String relative = ManifestLine.decode(line);
                count(new SourceFile(inputDir.resolve(relative), relative), counter, counted);
            }
        }
        store.add(runId, counter, counted, settings.maxLinesPerSource());
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(DOCUMENTS_COUNTED, counted.size());
        log.info("counted the lines of " + counted.size() + " documents of " + counter.sources().size()
                + " publishers in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return RepeatStatus.FINISHED;
    }

    private void count(SourceFile file, SourceLineCounter counter, Map<String, String> counted) {
        if (!reprocess && unchanged(file)) {
            return;
        }
        Dump dump;
        try {
            dump = pipeline.load(file);
        } catch (RejectedDumpException | RuntimeException | StackOverflowError e) {
            return; // the clean step rejects it with its reason
        }
        if (counted.containsKey(dump.sha256()) || store.counted(dump.sha256())) {
            return;
        }
        String source;
        try {
            source = SourceKey.of(pipeline.identify(dump).tag());
        } catch (RuntimeException | StackOverflowError e) {
            return;
        }
        if (source != null && counter.count(source, dump.lines())) {
            counted.put(dump.sha256(), source);
        }
    }

    private boolean unchanged(SourceFile file) {
        LedgerEntry prior = ledger.byPath(ledgerInput, file.relativePath(), runId);
        if (prior == null) {
            return false;
        }
        FileStat stat = FileStat.of(file.path());
        return prior.sizeBytes() == stat.sizeBytes() && prior.modifiedAt() == stat.modifiedAt();
    }
}
