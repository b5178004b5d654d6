package io.newsprep.job;

import io.newsprep.duplicate.ClusterMembership;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's pass over the articles remote workers wrote, in manifest order, once every partition is done: what
 * the single-process writer decides of them as it writes them, with the same code. An article with the same bytes
 * as one before it in the run becomes a {@code duplicate} reject naming that one, as {@link SameContentResolver}
 * makes it (the workers looked only at earlier runs); the others are placed among near-duplicates by
 * {@link NearDuplicatePass}, a chunk's worth at a time. Only the signatures and hashes are read, never the articles.
 */
final class ManifestOrderPlacement {

    /** What becomes of one article: a same-content reject, or a copy in a cluster; null where it stays as written. */
    record Placement(Reject duplicate, ClusterMembership cluster) {
    }

    /** The placements of each partition's articles, in their order, and what they change in the run's report. */
    record Result(List<List<Placement>> placements, Map<String, Long> reportChange, List<String> duplicates,
                  long articles) {
    }

    /** The first article of some bytes in the run: kept instead of the whole article, whose signature may be large. */
    private record FirstCopy(String filePath, String address, String articleId) {
    }

    private final NearDuplicatePass nearDuplicates;
    private final int chunkSize;
    private final String runId;

    /** @param nearDuplicates null when near-duplicate clustering is off */
    ManifestOrderPlacement(NearDuplicatePass nearDuplicates, int chunkSize, String runId) {
        this.nearDuplicates = nearDuplicates;
        this.chunkSize = Math.max(1, chunkSize);
        this.runId = runId;
    }

    interface PartitionArticles {
        List<PartitionArticle> of(int partition) throws java.io.IOException;
    }

    Result place(int partitions, PartitionArticles articles) throws java.io.IOException {
        RunReportBuilder change = new RunReportBuilder(runId, Instant.EPOCH);
        Map<String, Long> taken = new HashMap<>();
        Map<String, FirstCopy> firstBySha = new HashMap<>();
        List<List<Placement>> all = new ArrayList<>(partitions);
        List<String> duplicates = new ArrayList<>();
        long n = 0;
        for (int p = 0; p < partitions; p++) {
            List<Placement> placements = new ArrayList<>();
            for (PartitionArticle a : articles.of(p)) {
                placements.add(placeOne(a, firstBySha, change, taken, duplicates));
                if (++n % chunkSize == 0 && nearDuplicates != null) {
                    nearDuplicates.chunkDone();
                }
            }
            all.add(placements);
        }
        if (nearDuplicates != null) {
            nearDuplicates.chunkDone();
        }
        Map<String, Long> reportChange = new HashMap<>(change.state());
        taken.forEach((k, v) -> reportChange.merge(k, -v, Long::sum));
        return new Result(all, reportChange, duplicates, n);
    }

    private Placement placeOne(PartitionArticle a, Map<String, FirstCopy> firstBySha, RunReportBuilder change,
                               Map<String, Long> taken, List<String> duplicates) {
        FirstCopy first = a.contentSha256() == null ? null
                : firstBySha.putIfAbsent(a.contentSha256(), new FirstCopy(a.filePath(), a.address(), a.articleId()));
        // records of one file whose bytes match another's of the same file stay apart, as across a writer's chunks
        if (first != null && !first.filePath().equals(a.filePath())) {
            Reject reject = SameContentResolver.duplicateReject(a.address(), a.contentSha256(), first.address(),
                    first.articleId());
            change.record(new Outcome.Rejected(reject));
            a.reportCounts().forEach((k, v) -> taken.merge(k, v, Long::sum));
            duplicates.add(a.address());
            return new Placement(reject, null);
        }
        if (nearDuplicates == null) {
            return null;
        }
        ClusterMembership copy = nearDuplicates.place(a.articleId(), a.address(), a.sourceDomain(), a.signature(), change);
        return copy == null ? null : new Placement(null, copy);
    }
}
