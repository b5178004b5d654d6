package io.newsprep.store;

import io.newsprep.duplicate.BandIndex;
import io.newsprep.duplicate.ClusterMembership;
import io.newsprep.duplicate.Signature;
import io.newsprep.duplicate.SignatureIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The near-duplicate signatures of the articles seen by this and earlier runs, with their clusters, kept in the job
 * repository: one row per article (its MinHash signature, 384 bytes), numbered in the order they were added;
 * {@link #keepLatest} forgets all but the newest ones. Lookups are answered from a {@link BandIndex} read from
 * the table on first use and kept up to date by {@link #add}; added rows are written in one batch by {@link #flush}
 * (or before any read of the table). Writes join the caller's transaction, so an article's row commits or rolls
 * back with its chunk; after a rollback the caller calls {@link #reload}, so that the index holds what the table
 * holds.
 */
public class SignatureStore implements SignatureIndex {

    private final JdbcTemplate jdbc;
    private BandIndex index;
    /** Rows added since the last {@link #flush}. */
    private final List<Object[]> pending = new ArrayList<>();

    public SignatureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the index read from the table, and the rows not written yet; the next lookup reads it again. */
    public void reload() {
        index = null;
        pending.clear();
    }

    /** Writes the rows added since the last call, in one batch. */
    public void flush() {
        if (!pending.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO NEWSPREP_DOC_SIGNATURE (SEQ, ARTICLE_ID, ADDRESS, SOURCE, CLUSTER_ID,"
                    + " DUPLICATE_OF, SIMILARITY, RUN_ID, SIGNATURE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", pending);
            pending.clear();
        }
    }

    private BandIndex index() {
        if (index == null) {
            BandIndex loaded = new BandIndex();
            jdbc.query("SELECT SEQ, ARTICLE_ID, SOURCE, RUN_ID, CLUSTER_ID, DUPLICATE_OF, SIMILARITY, SIGNATURE"
                    + " FROM NEWSPREP_DOC_SIGNATURE ORDER BY SEQ", (RowCallbackHandler) rs -> loaded.put(rs.getLong(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), new ClusterMembership(rs.getString(5),
                            rs.getString(6), rs.getObject(7) == null ? null : rs.getDouble(7)),
                    Signature.fromBytes(rs.getBytes(8))));
            index = loaded;
        }
        return index;
    }

    @Override
    public ClusterMembership membershipOf(String articleId) {
        return index().membershipOf(articleId);
    }

    @Override
    public List<Entry> sharingABand(long[] bandKeys) {
        return index().sharingABand(bandKeys);
    }

    @Override
    public Map<String, Signature> signaturesOf(Collection<String> articleIds) {
        Map<String, Signature> found = new HashMap<>();
        BandIndex idx = index();
        for (String id : articleIds) {
            Signature signature = idx.signatureOf(id);
            if (signature != null) {
                found.put(id, signature);
            }
        }
        return found;
    }

    @Override
    public boolean hasCopyInRun(String clusterId, String runId, String source) {
        return index().hasCopyInRun(clusterId, runId, source);
    }

    @Override
    public void add(NewEntry entry) {
        BandIndex idx = index();
        long seq = idx.maxSeq() + 1;
        ClusterMembership m = entry.membership();
        String source = entry.source() == null ? "" : entry.source();
        pending.add(new Object[] {seq, entry.articleId(), entry.address(), source, m.clusterId(), m.duplicateOf(),
                m.similarity(), entry.runId(), entry.signature().toBytes()});
        idx.put(seq, entry.articleId(), source, entry.runId(), m, entry.signature());
    }

    @Override
    public void seenAgain(String articleId, String runId) {
        flush();
        jdbc.update("UPDATE NEWSPREP_DOC_SIGNATURE SET RUN_ID = CAST(? AS VARCHAR(64)) WHERE ARTICLE_ID = CAST(? AS VARCHAR(64))",
                runId, articleId);
        BandIndex idx = index();
        ClusterMembership m = idx.membershipOf(articleId);
        if (m != null) {
            idx.seenIn(runId, m, idx.sourceOf(articleId));
        }
    }

    /**
     * Forgets all but the newest {@code documents} articles (the oldest first). The index in memory ignores the
     * forgotten ones at once and is read again from the table once it holds twice as many as are kept.
     */
    public void keepLatest(long documents) {
        flush();
        long max = index().maxSeq();
        if (max <= documents) {
            return;
        }
        long below = max - documents + 1;
        jdbc.update("DELETE FROM NEWSPREP_DOC_SIGNATURE WHERE SEQ < ?", below);
        index().forgetBelow(below);
        if (index().size() > 2 * documents) {
            index = null; // read the newest ones again, so that the heap holds at most twice the window
        }
    }

    /** How many articles the store holds. */
    public long size() {
        flush();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM NEWSPREP_DOC_SIGNATURE", Long.class);
        return n == null ? 0 : n;
    }
}
