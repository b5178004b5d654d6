package io.newsprep.duplicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts articles into clusters of near-duplicates, one at a time, in the order they must be seen (a run's manifest
 * order, after all earlier runs). An article joins the cluster whose first-seen member it is most similar to, when
 * that similarity reaches the threshold (on a tie, the cluster seen first); otherwise it starts its own cluster.
 * Comparing with the first-seen member only, rather than with any member, keeps chains of small edits from
 * gluing different stories together. An article the index already knows keeps its earlier cluster, so a re-run or
 * a resumed run gives the same clusters. Not thread-safe: one writer thread calls it.
 */
public final class NearDuplicateClusterer {

    /** The outcome for one article, and what the run report counts of it. */
    public record Assignment(ClusterMembership membership, boolean newClusterInRun, boolean newClusterInRunForSource) {
    }

    private final SignatureIndex index;
    private final double threshold;

    public NearDuplicateClusterer(SignatureIndex index, double threshold) {
        this.index = index;
        this.threshold = threshold;
    }

    /** Assigns the article and records it in the index; a null signature (a short body) leaves it alone and unrecorded. */
    public Assignment assign(String articleId, String address, String source, String runId, Signature signature) {
        if (signature == null) {
            return new Assignment(ClusterMembership.alone(articleId), false, false);
        }
        ClusterMembership known = index.membershipOf(articleId);
        if (known != null) {
            Assignment again = counted(known, runId, source);
            index.seenAgain(articleId, runId);
            return again;
        }
        ClusterMembership membership = best(articleId, signature);
        Assignment assignment = counted(membership, runId, source);
        index.add(new SignatureIndex.NewEntry(articleId, address, source, runId, signature, membership));
        return assignment;
    }

    private ClusterMembership best(String articleId, Signature signature) {
        Map<String, Long> clusters = new LinkedHashMap<>(); // cluster -> the earliest of its members found
        for (SignatureIndex.Entry e : index.sharingABand(signature.bandKeys())) {
            clusters.merge(e.clusterId(), e.seq(), Math::min);
        }
        if (clusters.isEmpty()) {
            return ClusterMembership.alone(articleId);
        }
        Map<String, Signature> firsts = index.signaturesOf(new ArrayList<>(clusters.keySet()));
        String bestCluster = null;
        double bestSimilarity = -1;
        long bestSeq = Long.MAX_VALUE;
        for (Map.Entry<String, Signature> first : firsts.entrySet()) {
            double s = signature.similarity(first.getValue());
            long seq = clusters.get(first.getKey());
            if (s >= threshold && (s > bestSimilarity || (s == bestSimilarity && seq < bestSeq))) {
                bestCluster = first.getKey();
                bestSimilarity = s;
                bestSeq = seq;
            }
        }
        return bestCluster == null ? ClusterMembership.alone(articleId)
                : new ClusterMembership(bestCluster, bestCluster, round(bestSimilarity));
    }

    private Assignment counted(ClusterMembership membership, String runId, String source) {
        if (!membership.copy()) {
            return new Assignment(membership, false, false);
        }
        boolean newInRun = !index.hasCopyInRun(membership.clusterId(), runId, null);
        boolean newForSource = newInRun || !index.hasCopyInRun(membership.clusterId(), runId, source == null ? "" : source);
        return new Assignment(membership, newInRun, newForSource);
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
