package io.newsprep.duplicate;

/**
 * Where an article stands among near-duplicates.
 *
 * @param clusterId   the article id of the cluster's first-seen member; the article's own id when it copies nothing
 * @param duplicateOf the first-seen member the article copies (the same id as the cluster), null for that member itself
 * @param similarity  the estimated Jaccard similarity of the article's shingles to those of the most similar earlier
 *                    member of its cluster (the one it was matched with), null for the first-seen member
 */
public record ClusterMembership(String clusterId, String duplicateOf, Double similarity) {

    public static ClusterMembership alone(String articleId) {
        return new ClusterMembership(articleId, null, null);
    }

    public boolean copy() {
        return duplicateOf != null;
    }
}
