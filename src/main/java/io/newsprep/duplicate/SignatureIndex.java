package io.newsprep.duplicate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The signatures of the articles seen so far, in this run and earlier ones, in the order they were seen. */
public interface SignatureIndex {

    /** An article as indexed: when it was seen (a rising number), its id, its cluster and its publisher ("" if unknown). */
    record Entry(long seq, String articleId, String clusterId, String source) {
    }

    /** An article to add to the index. */
    record NewEntry(String articleId, String address, String source, String runId, Signature signature,
                    ClusterMembership membership) {
    }

    /** What the index already knows of this article, or null. */
    ClusterMembership membershipOf(String articleId);

    /** Articles with at least one of these band keys. */
    List<Entry> sharingABand(long[] bandKeys);

    /** The signatures of these articles. */
    Map<String, Signature> signaturesOf(Collection<String> articleIds);

    /** Whether a copy of this cluster was already recorded for this run (from this publisher, when it is not null). */
    boolean hasCopyInRun(String clusterId, String runId, String source);

    void add(NewEntry entry);

    /** Marks a known article as seen again by this run. */
    void seenAgain(String articleId, String runId);
}
