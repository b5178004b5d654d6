package io.newsprep.store;

import io.newsprep.duplicate.ClusterMembership;
import io.newsprep.duplicate.Signature;
import io.newsprep.duplicate.SignatureIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The near-duplicate signatures of the articles seen by this and earlier runs, with their clusters, kept in the job
 * repository: one row per article (its MinHash signature, 384 bytes) and one per LSH band key (32 per article),
 * indexed by key. Numbered in the order they were added; {@link #keepLatest} forgets all but the newest ones. Reads
 * and writes join the caller's transaction, so an article's row commits or rolls back with its chunk, and later
 * articles of the same chunk see the earlier ones.
 */
public class SignatureStore implements SignatureIndex {

    private final JdbcTemplate jdbc;
    /** The number of the next article added; read from the table before the first add. */
    private long nextSeq = -1;

    public SignatureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ClusterMembership membershipOf(String articleId) {
        List<ClusterMembership> rows = jdbc.query("SELECT CLUSTER_ID, DUPLICATE_OF, SIMILARITY FROM NEWSPREP_DOC_SIGNATURE"
                        + " WHERE ARTICLE_ID = CAST(? AS VARCHAR(64))",
                (rs, n) -> new ClusterMembership(rs.getString(1), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getDouble(3)), articleId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<Entry> sharingABand(long[] bandKeys) {
        String marks = String.join(",", Collections.nCopies(bandKeys.length, "CAST(? AS BIGINT)"));
        Object[] args = new Object[bandKeys.length];
        for (int i = 0; i < bandKeys.length; i++) {
            args[i] = bandKeys[i];
        }
        return jdbc.query("SELECT DISTINCT S.SEQ, S.ARTICLE_ID, S.CLUSTER_ID, S.SOURCE FROM NEWSPREP_DOC_BAND B"
                + " JOIN NEWSPREP_DOC_SIGNATURE S ON S.SEQ = B.SEQ WHERE B.BAND_KEY IN (" + marks + ") ORDER BY S.SEQ",
                (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), args);
    }

    @Override
    public Map<String, Signature> signaturesOf(Collection<String> articleIds) {
        Map<String, Signature> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        String marks = String.join(",", Collections.nCopies(articleIds.size(), "CAST(? AS VARCHAR(64))"));
        jdbc.query("SELECT ARTICLE_ID, SIGNATURE FROM NEWSPREP_DOC_SIGNATURE WHERE ARTICLE_ID IN (" + marks + ")",
                (java.sql.ResultSet rs) -> {
                    found.put(rs.getString(1), Signature.fromBytes(rs.getBytes(2)));
                }, articleIds.toArray());
        return found;
    }

    @Override
    public boolean hasCopyInRun(String clusterId, String runId, String source) {
        String bySource = source == null ? "" : " AND SOURCE = CAST(? AS VARCHAR(200))";
        Object[] args = source == null ? new Object[] {clusterId, runId} : new Object[] {clusterId, runId, source};
        return !jdbc.queryForList("SELECT 1 FROM NEWSPREP_DOC_SIGNATURE WHERE CLUSTER_ID = CAST(? AS VARCHAR(64))"
                + " AND RUN_ID = CAST(? AS VARCHAR(64)) AND DUPLICATE_OF IS NOT NULL" + bySource
                + " FETCH FIRST 1 ROWS ONLY", Integer.class, args).isEmpty();
    }

    @Override
    public void add(NewEntry entry) {
        if (nextSeq < 0) {
            Long max = jdbc.queryForObject("SELECT MAX(SEQ) FROM NEWSPREP_DOC_SIGNATURE", Long.class);
            nextSeq = max == null ? 1 : max + 1;
        }
        long seq = nextSeq++;
        ClusterMembership m = entry.membership();
        jdbc.update("INSERT INTO NEWSPREP_DOC_SIGNATURE (SEQ, ARTICLE_ID, ADDRESS, SOURCE, CLUSTER_ID, DUPLICATE_OF,"
                        + " SIMILARITY, RUN_ID, SIGNATURE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, entry.articleId(), entry.address(), entry.source() == null ? "" : entry.source(), m.clusterId(),
                m.duplicateOf(), m.similarity(), entry.runId(), entry.signature().toBytes());
        List<Object[]> bands = new ArrayList<>();
        for (long key : entry.signature().bandKeys()) {
            bands.add(new Object[] {key, seq});
        }
        // two bands of one signature can share a key only by a 64-bit collision; MERGE keeps that from failing the chunk
        jdbc.batchUpdate("MERGE INTO NEWSPREP_DOC_BAND B USING (VALUES(CAST(? AS BIGINT), CAST(? AS BIGINT))) AS V(K, S)"
                + " ON B.BAND_KEY = V.K AND B.SEQ = V.S WHEN NOT MATCHED THEN INSERT VALUES (V.K, V.S)", bands);
    }

    @Override
    public void seenAgain(String articleId, String runId) {
        jdbc.update("UPDATE NEWSPREP_DOC_SIGNATURE SET RUN_ID = CAST(? AS VARCHAR(64)) WHERE ARTICLE_ID = CAST(? AS VARCHAR(64))",
                runId, articleId);
    }

    /** Forgets all but the newest {@code documents} articles (the oldest first). */
    public void keepLatest(long documents) {
        Long max = jdbc.queryForObject("SELECT MAX(SEQ) FROM NEWSPREP_DOC_SIGNATURE", Long.class);
        if (max == null || max <= documents) {
            return;
        }
        long below = max - documents + 1;
        jdbc.update("DELETE FROM NEWSPREP_DOC_BAND WHERE SEQ < ?", below);
        jdbc.update("DELETE FROM NEWSPREP_DOC_SIGNATURE WHERE SEQ < ?", below);
    }

    /** How many articles the store holds. */
    public long size() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM NEWSPREP_DOC_SIGNATURE", Long.class);
        return n == null ? 0 : n;
    }
}
