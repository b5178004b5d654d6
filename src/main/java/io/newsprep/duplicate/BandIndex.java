package io.newsprep.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles of a {@link SignatureIndex} in memory, looked up by LSH band key: per article its number, id,
 * cluster, publisher and signature, and its band keys folded to 32 bits in an open hash table of chains (about
 * 1.2 KB of heap per article). Articles numbered below
 * {@link #forgetBelow} are ignored. Not thread-safe.
 */
public final class BandIndex {

    private static final int BANDS = MinHasher.VALUES / Signature.ROWS_PER_BAND;

    private int size;
    private long[] seqs = new long[64];
    private String[] ids = new String[64];
    private String[] sources = new String[64];
    private ClusterMembership[] memberships = new ClusterMembership[64];
    private Signature[] signatures = new Signature[64];
    private int[] keys = new int[64 * BANDS];
    private int[] next = new int[64 * BANDS];
    /** Per slot of the hash table, 1 + the first band entry whose key falls there; 0 when none. */
    private int[] heads = new int[256 * BANDS];
    private final Map<String, Integer> byId = new HashMap<>();
    /** Cluster, or cluster and publisher, of every copy recorded per run: "run\ncluster" and "run\ncluster\nsource". */
    private final Set<String> copies = new HashSet<>();
    private long forgottenBelow = Long.MIN_VALUE;
    private long maxSeq;

    public void put(long seq, String articleId, String source, String runId, ClusterMembership membership,
                    Signature signature) {
        long[] bandKeys = signature.bandKeys();
        if (size == seqs.length) {
            grow();
        }
        int doc = size++;
        seqs[doc] = seq;
        ids[doc] = articleId;
        sources[doc] = source;
        memberships[doc] = membership;
        signatures[doc] = signature;
        maxSeq = Math.max(maxSeq, seq);
        byId.put(articleId, doc);
        for (int b = 0; b < BANDS; b++) {
            int e = doc * BANDS + b;
            keys[e] = fold(bandKeys[b]);
            int slot = slot(keys[e]);
            next[e] = heads[slot];
            heads[slot] = e + 1;
        }
        seenIn(runId, membership, source);
    }

    /** Records that this run has the article again (its copy counts for this run's clusters). */
    public void seenIn(String runId, ClusterMembership membership, String source) {
        if (membership.copy()) {
            copies.add(runId + "\n" + membership.clusterId());
            copies.add(runId + "\n" + membership.clusterId() + "\n" + source);
        }
    }

    public ClusterMembership membershipOf(String articleId) {
        Integer doc = byId.get(articleId);
        return doc == null || seqs[doc] < forgottenBelow ? null : memberships[doc];
    }

    /** The signature of an article the index holds, or null. */
    public Signature signatureOf(String articleId) {
        Integer doc = byId.get(articleId);
        return doc == null || seqs[doc] < forgottenBelow ? null : signatures[doc];
    }

    public String sourceOf(String articleId) {
        Integer doc = byId.get(articleId);
        return doc == null ? null : sources[doc];
    }

    /** Articles with at least one of the band keys, in the order they were numbered. */
    public List<SignatureIndex.Entry> sharingABand(long[] bandKeys) {
        Set<Integer> docs = new HashSet<>();
        for (int b = 0; b < bandKeys.length && b < BANDS; b++) {
            int key = fold(bandKeys[b]);
            for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) {
                int entry = e - 1;
                // the same band of both: a key never matches another band's key
                if (keys[entry] == key && entry % BANDS == b && seqs[entry / BANDS] >= forgottenBelow) {
                    docs.add(entry / BANDS);
                }
            }
        }
        List<SignatureIndex.Entry> out = new ArrayList<>(docs.size());
        for (int doc : docs) {
            out.add(new SignatureIndex.Entry(seqs[doc], ids[doc], memberships[doc].clusterId(), sources[doc]));
        }
        out.sort((x, y) -> Long.compare(x.seq(), y.seq()));
        return out;
    }

    public boolean hasCopyInRun(String clusterId, String runId, String source) {
        return copies.contains(runId + "\n" + clusterId + (source == null ? "" : "\n" + source));
    }

    /** Ignores the articles numbered below {@code seq} from now on. */
    public void forgetBelow(long seq) {
        forgottenBelow = Math.max(forgottenBelow, seq);
    }

    /** How many articles it holds, those ignored since {@link #forgetBelow} included. */
    public int size() {
        return size;
    }

    /** The highest article number put, 0 when none. */
    public long maxSeq() {
        return maxSeq;
    }

    private static int fold(long key) {
        return (int) (key ^ (key >>> 32));
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(heads.length)) & (heads.length - 1);
    }

    private void grow() {
        int capacity = seqs.length * 2;
        seqs = Arrays.copyOf(seqs, capacity);
        ids = Arrays.copyOf(ids, capacity);
        sources = Arrays.copyOf(sources, capacity);
        memberships = Arrays.copyOf(memberships, capacity);
        signatures = Arrays.copyOf(signatures, capacity);
        keys = Arrays.copyOf(keys, capacity * BANDS);
        next = Arrays.copyOf(next, capacity * BANDS);
        heads = new int[capacity * BANDS * 2];
        for (int e = 0; e < size * BANDS; e++) {
            int slot = slot(keys[e]);
            next[e] = heads[slot];
            heads[slot] = e + 1;
        }
    }
}
