package io.newsprep.duplicate;

import java.util.List;
import java.util.Map;

/**
 * Puts articles into clusters of near-duplicates, one at a time, in the order they must be seen (a run's manifest
 * order, after all earlier runs). An article joins the cluster of the earlier article it is most similar to, when
 * that similarity reaches the threshold (on a tie, the article seen first); otherwise it starts its own cluster. The
 * earlier articles compared are those that share an LSH band with it. An article the index already knows keeps its
 * earlier cluster, so a re-run or a resumed run gives the same clusters. Not thread-safe: one writer thread calls it.
 */
public final class NearDuplicateClusterer {

    /** The outcome for one article, and what the run report counts of it. */
    public record Assignment(ClusterMembership membership, boolean newClusterInRun, boolean newClusterInRunForSource) {
    }

    /** The least similarity of a copy to an earlier page of its own publisher. */
    public static final double SAME_PUBLISHER_THRESHOLD = 0.8;

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
        ClusterMembership membership = best(articleId, source, signature);
        Assignment assignment = counted(membership, runId, source);
        index.add(new SignatureIndex.NewEntry(articleId, address, source, runId, signature, membership));
        return assignment;
    }

    private ClusterMembership best(String articleId, String source, Signature signature) {
        List<SignatureIndex.Entry> candidates = index.sharingABand(signature.bandKeys());
        if (candidates.isEmpty()) {
            return ClusterMembership.alone(articleId);
        }
        Map<String, Signature> signatures = index.signaturesOf(candidates.stream().map(SignatureIndex.Entry::articleId).toList());
        SignatureIndex.Entry best = null;
        double bestSimilarity = -1;
        for (SignatureIndex.Entry candidate : candidates) { // in the order seen: on a tie the earlier one wins
            Signature other = signatures.get(candidate.articleId());
            double s = other == null ? 0 : signature.similarity(other);
            if (s >= thresholdBetween(source, candidate.source()) && s > bestSimilarity) {
                best = candidate;
                bestSimilarity = s;
            }
        }
        return best == null ? ClusterMembership.alone(articleId)
                : new ClusterMembership(best.clusterId(), best.clusterId(), round(bestSimilarity));
    }

    /**
     * Two pages of one publisher share its chrome, and whatever chrome the cleaner left in both bodies makes them
     * look alike; so within a known publisher a copy must be closer.
     */
    private double thresholdBetween(String source, String otherSource) {
        boolean samePublisher = source != null && !source.isEmpty() && source.equals(otherSource);
        return samePublisher ? Math.max(threshold, SAME_PUBLISHER_THRESHOLD) : threshold;
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
