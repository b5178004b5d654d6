package io.newsprep.job;

import io.newsprep.input.RejectReason;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;
import io.newsprep.store.FileLedger;
import io.newsprep.store.LedgerEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once per chunk and in manifest order, what becomes of articles whose bytes were already seen:
 * in an earlier chunk or run (one ledger query for the whole chunk) or earlier in the same chunk. A copy
 * whose original still exists becomes a {@code duplicate} reject naming it (by its document address); a file whose
 * original path is gone was moved, and is only recorded under its new path. Documents are compared, not files:
 * a record of a file of many documents can be a duplicate of another record or of a whole file. Where no earlier run can match (a first run, a
 * reprocessing), only the articles a filter of this run's content cannot rule out are looked up.
 */
class SameContentResolver {

    private final FileLedger ledger;
    /** The input folder as the ledger knows it. */
    private final String inputDir;
    private final Path inputRoot;
    private final String runId;
    private final boolean reprocess;
    private final RunContentFilter thisRun = new RunContentFilter();
    /**
     * On a remote worker: only articles of published runs are looked at; the copies among the run's own articles,
     * which other workers clean at the same time, are found by the manager in manifest order.
     */
    private final boolean earlierRunsOnly;
    /** Whether articles of earlier runs can match; null until the first chunk asks. */
    private Boolean earlierRuns;

    SameContentResolver(FileLedger ledger, String inputDir, String runId, boolean reprocess) {
        this(ledger, inputDir, runId, reprocess, false);
    }

    SameContentResolver(FileLedger ledger, String inputDir, String runId, boolean reprocess, boolean earlierRunsOnly) {
        this.earlierRunsOnly = earlierRunsOnly;
        this.ledger = ledger;
        this.inputDir = inputDir;
        this.inputRoot = Path.of(inputDir);
        this.runId = runId;
        this.reprocess = reprocess;
    }

    List<ProcessedDocument> resolve(List<? extends ProcessedDocument> chunk) {
        if (earlierRunsOnly) {
            return resolveAgainstEarlierRuns(chunk);
        }
        if (earlierRuns == null) {
            earlierRuns = !reprocess && ledger.hasArticlesOfEarlierRuns(inputDir, runId);
            if (!earlierRuns) {
                ledger.forEachArticleShaOfRun(inputDir, runId, thisRun::add); // a restarted run's earlier chunks
            }
        }
        Set<String> shas = new LinkedHashSet<>();
        for (ProcessedDocument f : chunk) {
            String sha = f.accepted() ? f.outcome().contentSha256() : null;
            if (sha != null && (earlierRuns || thisRun.mayContain(sha))) {
                shas.add(sha);
            }
        }
        Map<String, LedgerEntry> earlier = ledger.articlesByContent(inputDir, shas, runId, reprocess);
        for (ProcessedDocument f : chunk) {
            if (f.accepted()) {
                thisRun.add(f.outcome().contentSha256());
            }
        }
        Map<String, ProcessedDocument> firstInChunk = new HashMap<>();
        List<ProcessedDocument> out = new ArrayList<>(chunk.size());
        for (ProcessedDocument f : chunk) {
            out.add(f.accepted() ? resolveOne(f, earlier, firstInChunk) : f);
        }
        return out;
    }

    private List<ProcessedDocument> resolveAgainstEarlierRuns(List<? extends ProcessedDocument> chunk) {
        if (earlierRuns == null) {
            earlierRuns = !reprocess && ledger.hasArticlesOfEarlierRuns(inputDir, runId);
        }
        if (!earlierRuns) {
            return new ArrayList<>(chunk);
        }
        Set<String> shas = new LinkedHashSet<>();
        for (ProcessedDocument f : chunk) {
            if (f.accepted() && f.outcome().contentSha256() != null) {
                shas.add(f.outcome().contentSha256());
            }
        }
        Map<String, LedgerEntry> earlier = ledger.articlesOfEarlierRunsByContent(inputDir, shas);
        List<ProcessedDocument> out = new ArrayList<>(chunk.size());
        for (ProcessedDocument f : chunk) {
            ProcessedDocument resolved = f.accepted() ? againstEarlier(f, earlier.get(f.outcome().contentSha256())) : null;
            out.add(resolved == null ? f : resolved);
        }
        return out;
    }

    /** Whether the file an earlier run read at this path is still there (a name that cannot be opened is not). */
    private boolean stillThere(String relativePath) {
        SourceFile file = SourceFile.listed(inputRoot, relativePath);
        return file.addressable() && Files.exists(file.path());
    }

    private ProcessedDocument resolveOne(ProcessedDocument f, Map<String, LedgerEntry> earlier,
                                     Map<String, ProcessedDocument> firstInChunk) {
        String sha = f.outcome().contentSha256();
        ProcessedDocument against = againstEarlier(f, earlier.get(sha));
        if (against != null) {
            return against;
        }
        ProcessedDocument first = firstInChunk.putIfAbsent(sha, f);
        return first == null ? f : duplicate(f, first.address(), first.articleId());
    }

    /** The document moved or rejected as a copy of what an earlier chunk or run made; null when it is neither. */
    private ProcessedDocument againstEarlier(ProcessedDocument f, LedgerEntry before) {
        // an earlier version of the same file is not an original: its records are replaced by this version's
        if (before != null && !before.address().equals(f.address()) && !before.filePath().equals(f.file().relativePath())) {
            if (!reprocess && !stillThere(before.filePath())) {
                return f.with(ProcessedDocument.Change.MOVED, f.outcome());
            }
            return duplicate(f, before.address(), before.articleId());
        }
        return null;
    }

    private static ProcessedDocument duplicate(ProcessedDocument f, String originalPath, String articleId) {
        return f.with(f.change(), new Outcome.Rejected(duplicateReject(f.address(), f.outcome().contentSha256(),
                originalPath, articleId)));
    }

    /** The reject of a document with the same bytes as an article made before it. */
    static Reject duplicateReject(String address, String contentSha256, String originalPath, String articleId) {
        return new Reject(address, RejectReason.DUPLICATE, "same bytes as " + originalPath + " (article " + articleId + ")",
                contentSha256, originalPath);
    }
}
