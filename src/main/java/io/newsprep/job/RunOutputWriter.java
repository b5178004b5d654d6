package io.newsprep.job;

import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.store.FileLedger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk's outcomes, one per document of the chunk's files: each to the files of the run's output formats
 * that have a place for it, and every document to the ledger. The files receive a chunk's lines when its transaction commits, and the ledger shares the chunk's transaction, so
 * a chunk is on disk and in the ledger entirely or not at all; a restart truncates the files back to the
 * last commit. Runs on the step thread, in manifest order.
 */
class RunOutputWriter implements ItemStreamWriter<ProcessedFile> {

    /** One per format of {@link ProcessedDocument#FORMATS}, in that order. */
    private final List<TransactionalOutcomeFile> files;
    private final PendingRejects pendingRejects;
    private final FileLedger ledger;
    private final String inputDir;
    private final String runId;
    private final SameContentResolver sameContent;
    static final String REPORT_STATE = "report.state";
    /** Report counts of web archive records that hold no document, by record type. */
    static final String PASSED_OVER = "archive_records_skipped_";
    /** Files of many records whose rows of earlier runs this step has replaced (once per file, not per chunk). */
    private final Set<String> archivesRecorded = new HashSet<>();
    private RunReportBuilder report;
    /** Null when near-duplicate clustering is off. */
    private final NearDuplicatePass nearDuplicates;

    RunOutputWriter(List<TransactionalOutcomeFile> files, PendingRejects pendingRejects, FileLedger ledger,
                    String inputDir, String runId, boolean reprocess) {
        this(files, pendingRejects, ledger, inputDir, runId, reprocess, null);
    }

    RunOutputWriter(List<TransactionalOutcomeFile> files, PendingRejects pendingRejects, FileLedger ledger,
                    String inputDir, String runId, boolean reprocess, NearDuplicatePass nearDuplicates) {
        this(files, pendingRejects, ledger, inputDir, runId, reprocess, nearDuplicates,
                new SameContentResolver(ledger, inputDir, runId, reprocess));
    }

    RunOutputWriter(List<TransactionalOutcomeFile> files, PendingRejects pendingRejects, FileLedger ledger,
                    String inputDir, String runId, boolean reprocess, NearDuplicatePass nearDuplicates,
                    SameContentResolver sameContent) {
        this.nearDuplicates = nearDuplicates;
        this.files = List.copyOf(files);
        this.pendingRejects = pendingRejects;
        this.ledger = ledger;
        this.inputDir = inputDir;
        this.runId = runId;
        this.sameContent = sameContent;
        this.report = new RunReportBuilder(runId, Instant.now());
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) throws Exception {
        List<ProcessedDocument> documents = new ArrayList<>();
        for (ProcessedFile file : chunk.getItems()) {
            documents.addAll(file.documents());
            file.passedOver().forEach((type, n) -> report.addCount(PASSED_OVER + type, n));
        }
        List<ProcessedDocument> processed = sameContent.resolve(documents);
        if (nearDuplicates != null) {
            processed = nearDuplicates.assign(processed, report);
        }
        processed.addAll(pendingRejects.drain());
        List<List<byte[]>> records = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            records.add(new ArrayList<>());
        }
        for (ProcessedDocument f : processed) {
            if (f.change() == ProcessedDocument.Change.MOVED) {
                report.addCount("moved", 1);
                continue;
            }
            for (int i = 0; i < files.size(); i++) {
                if (f.records()[i] != null) {
                    records.get(i).add(f.records()[i]);
                }
            }
            report.record(f.outcome());
            report.addCount(f.change().name().toLowerCase(Locale.ROOT), 1);
        }
        for (int i = 0; i < files.size(); i++) {
            files.get(i).append(records.get(i));
        }
        written(processed);
        ledger.record(inputDir, runId, processed.stream().map(ProcessedDocument::ledgerRow).toList(),
                archivesRecorded::add);
    }

    /** Called with a chunk's documents as their records go to the files, in the same transaction. */
    protected void written(List<ProcessedDocument> documents) {
    }

    String runId() {
        return runId;
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        files.forEach(file -> file.open(executionContext));
        if (executionContext.containsKey(REPORT_STATE)) {
            report = RunReportBuilder.resume(runId, Instant.now(), reportState(executionContext));
        }
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        files.forEach(file -> file.update(executionContext));
        executionContext.put(REPORT_STATE, new HashMap<>(report.state()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Long> reportState(ExecutionContext context) {
        Map<String, Number> raw = (Map<String, Number>) context.get(REPORT_STATE);
        Map<String, Long> state = new HashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> state.put(k, v.longValue()));
        }
        return state;
    }

    @Override
    public void close() throws ItemStreamException {
        files.forEach(TransactionalOutcomeFile::close);
    }
}
