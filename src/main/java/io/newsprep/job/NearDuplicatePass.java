package io.newsprep.job;

import io.newsprep.duplicate.ClusterMembership;
import io.newsprep.duplicate.NearDuplicateClusterer;
import io.newsprep.duplicate.Signature;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.Outcome;
import io.newsprep.store.SignatureStore;

import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Places a chunk's articles among near-duplicates, on the writer's thread and in manifest order, so that "first
 * seen" means the same on every run and resume: every earlier run's articles first, then this run's by document
 * address. The signatures go into the store inside the chunk's transaction, with the ledger rows; the store then
 * forgets all but the newest {@code window} articles. When the transaction rolls back, the store's index in memory
 * is read again from the table, which no longer holds the chunk's articles.
 */
final class NearDuplicatePass {

    private final NearDuplicateClusterer clusterer;
    private final SignatureStore store;
    private final long window;
    private final String runId;

    NearDuplicatePass(SignatureStore store, double threshold, long window, String runId) {
        this.clusterer = new NearDuplicateClusterer(store, threshold);
        this.store = store;
        this.window = window;
        this.runId = runId;
        store.reload(); // what the table holds as this step starts, whatever an earlier run in this JVM left
    }

    List<ProcessedDocument> assign(List<ProcessedDocument> documents, RunReportBuilder report) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.reload();
                    }
                }
            });
        }
        List<ProcessedDocument> out = new ArrayList<>(documents.size());
        for (ProcessedDocument d : documents) {
            out.add(assign(d, report));
        }
        store.keepLatest(window);
        return out;
    }

    private ProcessedDocument assign(ProcessedDocument d, RunReportBuilder report) {
        if (d.signature() == null || d.change() == ProcessedDocument.Change.MOVED
                || !(d.outcome() instanceof Outcome.Accepted accepted)) {
            return d;
        }
        Article article = accepted.article();
        ClusterMembership copy = place(article.id(), d.address(), article.sourceDomain(), d.signature(), report);
        return copy == null ? d : d.with(d.change(), new Outcome.Accepted(article.inCluster(copy.clusterId(),
                copy.duplicateOf(), copy.similarity())));
    }

    /**
     * Places one article, next in the run's order, and counts it in the report when it is a copy; its cluster
     * when it is a copy of an earlier one, else null. A remote run's manager calls it for the articles the
     * workers wrote, in manifest order, with {@link #chunkDone} after each chunk's worth, as the writer does.
     */
    ClusterMembership place(String articleId, String address, String sourceDomain, Signature signature,
                            RunReportBuilder report) {
        NearDuplicateClusterer.Assignment a = clusterer.assign(articleId, address, sourceDomain, runId, signature);
        if (!a.membership().copy()) {
            return null;
        }
        report.recordCopy(sourceDomain, a.newClusterInRun(), a.newClusterInRunForSource());
        return a.membership();
    }

    /** Forgets all but the newest articles of the window, as after each chunk the writer writes. */
    void chunkDone() {
        store.keepLatest(window);
    }
}
