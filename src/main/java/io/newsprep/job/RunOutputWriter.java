package io.newsprep.job;

import io.newsprep.store.FileLedger;
import io.newsprep.output.RunReportBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk's outcomes: articles to articles.jsonl and articles.csv, rejects to rejects.jsonl, and every
 * file to the ledger. The files receive a chunk's lines when its transaction commits, and the ledger shares the chunk's transaction, so
 * a chunk is on disk and in the ledger entirely or not at all; a restart truncates the files back to the
 * last commit. Runs on the step thread, in manifest order.
 */
class RunOutputWriter implements ItemStreamWriter<ProcessedFile> {

    private final TransactionalLinesFile articlesJsonl;
    private final TransactionalLinesFile articlesCsv;
    private final TransactionalLinesFile rejectsJsonl;
    private final PendingRejects pendingRejects;
    private final FileLedger ledger;
    private final String inputDir;
    private final String runId;
    private final SameContentResolver sameContent;
    static final String REPORT_STATE = "report.state";
    private RunReportBuilder report;

    RunOutputWriter(TransactionalLinesFile articlesJsonl, TransactionalLinesFile articlesCsv,
                    TransactionalLinesFile rejectsJsonl, PendingRejects pendingRejects, FileLedger ledger,
                    String inputDir, String runId, boolean reprocess) {
        this.articlesJsonl = articlesJsonl;
        this.articlesCsv = articlesCsv;
        this.rejectsJsonl = rejectsJsonl;
        this.pendingRejects = pendingRejects;
        this.ledger = ledger;
        this.inputDir = inputDir;
        this.runId = runId;
        this.sameContent = new SameContentResolver(ledger, inputDir, runId, reprocess);
        this.report = new RunReportBuilder(runId, Instant.now());
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) throws Exception {
        List<ProcessedFile> files = sameContent.resolve(chunk.getItems());
        files.addAll(pendingRejects.drain());
        List<byte[]> articleLines = new ArrayList<>();
        List<byte[]> csvRows = new ArrayList<>();
        List<byte[]> rejectLines = new ArrayList<>();
        for (ProcessedFile f : files) {
            if (f.change() == ProcessedFile.Change.MOVED) {
                report.addCount("moved", 1);
                continue;
            }
            if (f.accepted()) {
                articleLines.add(f.jsonLine());
                csvRows.add(f.csvRow());
            } else {
                rejectLines.add(f.jsonLine());
            }
            report.record(f.outcome());
            report.addCount(f.change().name().toLowerCase(Locale.ROOT), 1);
        }
        articlesJsonl.append(articleLines);
        articlesCsv.append(csvRows);
        rejectsJsonl.append(rejectLines);
        ledger.record(inputDir, runId, files.stream().map(ProcessedFile::ledgerRow).toList());
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        articlesJsonl.open(executionContext);
        articlesCsv.open(executionContext);
        rejectsJsonl.open(executionContext);
        if (executionContext.containsKey(REPORT_STATE)) {
            report = RunReportBuilder.resume(runId, Instant.now(), reportState(executionContext));
        }
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        articlesJsonl.update(executionContext);
        articlesCsv.update(executionContext);
        rejectsJsonl.update(executionContext);
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
        articlesJsonl.close();
        articlesCsv.close();
        rejectsJsonl.close();
    }
}
