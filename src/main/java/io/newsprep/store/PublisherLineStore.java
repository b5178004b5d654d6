package io.newsprep.store;

import io.newsprep.memory.RecurrencePolicy;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.memory.PublisherLineCounter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The publishers' recurring lines, kept in the job repository so that each run starts with what earlier
 * runs learned. Every document is counted once, whichever run or path brings it; each publisher keeps only
 * its most frequent lines. Reads and writes join the caller's transaction, if any.
 */
public class PublisherLineStore {

    /** A publisher as remembered: documents counted and lines that occurred in at least the asked number of them. */
    public record Publisher(String source, int documents, int recurringLines) {
    }

    /** A remembered line shape of a publisher and the documents it occurred in. */
    public record Line(String shape, int documents) {
    }

    /** Rows of publishers by publisher, rows of lines by publisher and line: the tables' primary keys. */
    private static final Comparator<Object[]> BY_SOURCE = Comparator.comparing(row -> (String) row[0]);
    private static final Comparator<Object[]> BY_SOURCE_LINE = BY_SOURCE.thenComparing(row -> (String) row[1]);

    /** Publishers named in one query's IN list. */
    private static final int SOURCES_PER_QUERY = 500;

    private final JdbcTemplate jdbc;

    public PublisherLineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of the fingerprints whose documents are recorded as counted. */
    public Set<String> countedAmong(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(fingerprints.size(), "CAST(? AS VARCHAR(64))"));
        return new HashSet<>(jdbc.queryForList(
                "SELECT CONTENT_SHA256 FROM NEWSPREP_COUNTED_DOC WHERE CONTENT_SHA256 IN (" + marks + ")",
                String.class, fingerprints.toArray()));
    }

    /**
     * Records documents as counted, so that no run counts them again ({@link #countedAmong} sees them).
     *
     * @param documents the fingerprint of each document counted, and its publisher
     */
    public void recordCounted(String runId, Map<String, String> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<Object[]> docs = new ArrayList<>(documents.size());
        documents.forEach((fingerprint, source) -> docs.add(new Object[] {fingerprint, source, runId}));
        jdbc.batchUpdate("MERGE INTO NEWSPREP_COUNTED_DOC D USING (VALUES(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)),"
                + " CAST(? AS VARCHAR(64)))) AS V(CONTENT_SHA256, SOURCE, RUN_ID) ON D.CONTENT_SHA256 = V.CONTENT_SHA256"
                + " WHEN NOT MATCHED THEN INSERT VALUES (V.CONTENT_SHA256, V.SOURCE, V.RUN_ID)", docs);
    }

    /** Forgets the documents a run recorded as counted. */
    public void forgetCountedBy(String runId) {
        jdbc.update("DELETE FROM NEWSPREP_COUNTED_DOC WHERE RUN_ID = CAST(? AS VARCHAR(64))", runId);
    }

    /**
     * Adds one run's line counts to the stored ones and forgets all but the {@code maxLinesPerSource} most
     * frequent lines of every publisher counted. The documents behind them are recorded by {@link #recordCounted}.
     */
    public void add(String runId, PublisherLineCounter counter, int maxLinesPerSource) {
        // every publisher's row and lines in two batches rather than a few statements per publisher
        List<Object[]> sources = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (String source : counter.sources()) {
            sources.add(new Object[] {source, counter.documents(source), runId});
            counter.lines(source).forEach((shape, n) -> lines.add(new Object[] {source, shape, n, runId}));
        }
        // in key order: each row then lands next to the one before in the disk-backed table's index, which
        // makes the write of a first run's hundred thousand lines some 2x cheaper than in hash order
        sources.sort(BY_SOURCE);
        lines.sort(BY_SOURCE_LINE);
        jdbc.batchUpdate("MERGE INTO NEWSPREP_SOURCE S USING (VALUES(CAST(? AS VARCHAR(200)), CAST(? AS INTEGER),"
                + " CAST(? AS VARCHAR(64)))) AS V(SOURCE, DOC_COUNT, RUN_ID) ON S.SOURCE = V.SOURCE"
                + " WHEN MATCHED THEN UPDATE SET DOC_COUNT = S.DOC_COUNT + V.DOC_COUNT, LAST_SEEN_RUN = V.RUN_ID"
                + " WHEN NOT MATCHED THEN INSERT VALUES (V.SOURCE, V.DOC_COUNT, V.RUN_ID)", sources);
        // a line already stored gets its count raised, a new one is inserted: two plain batches, each row a
        // single index lookup, rather than one MERGE per line (which builds and joins a one-row table for each)
        List<Object[]> raised = new ArrayList<>();
        List<Object[]> inserted = new ArrayList<>();
        Set<String> stored = sourcesWithLines(counter.sources());
        // the publishers holding more than the most frequent lines once these are written: only they have any to
        // forget, and their number of lines is known here without counting the table's rows again
        List<String> overfull = new ArrayList<>();
        int next = 0;
        for (Object[] row : sources) {
            String source = (String) row[0];
            Set<String> storedKeys = stored.contains(source) ? lineKeys(source) : Set.of();
            int held = storedKeys.size();
            // the lines are in the same publisher order as the publishers
            for (; next < lines.size() && lines.get(next)[0].equals(source); next++) {
                Object[] line = lines.get(next);
                if (storedKeys.contains((String) line[1])) {
                    raised.add(new Object[] {line[2], runId, source, line[1]});
                } else {
                    inserted.add(line);
                    held++;
                }
            }
            if (held > maxLinesPerSource) {
                overfull.add(source);
            }
        }
        jdbc.batchUpdate("UPDATE NEWSPREP_SOURCE_LINE SET DOC_COUNT = DOC_COUNT + CAST(? AS INTEGER),"
                + " LAST_SEEN_RUN = CAST(? AS VARCHAR(64)) WHERE SOURCE = CAST(? AS VARCHAR(200))"
                + " AND LINE_KEY = CAST(? AS VARCHAR(1024))", raised);
        jdbc.batchUpdate("INSERT INTO NEWSPREP_SOURCE_LINE (SOURCE, LINE_KEY, DOC_COUNT, LAST_SEEN_RUN)"
                + " VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(1024)), CAST(? AS INTEGER), CAST(? AS VARCHAR(64)))",
                inserted);
        for (String source : overfull) {
            keepMostFrequent(source, maxLinesPerSource);
        }
    }

    /** Those of the publishers that have lines stored; asked a few hundred at a time. */
    private Set<String> sourcesWithLines(Collection<String> sources) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(sources);
        for (int from = 0; from < all.size(); from += SOURCES_PER_QUERY) {
            List<String> some = all.subList(from, Math.min(all.size(), from + SOURCES_PER_QUERY));
            String marks = String.join(",", Collections.nCopies(some.size(), "CAST(? AS VARCHAR(200))"));
            found.addAll(jdbc.queryForList("SELECT DISTINCT SOURCE FROM NEWSPREP_SOURCE_LINE WHERE SOURCE IN (" + marks + ")",
                    String.class, some.toArray()));
        }
        return found;
    }

    /** The keys of a publisher's stored lines. */
    private Set<String> lineKeys(String source) {
        return new HashSet<>(jdbc.queryForList("SELECT LINE_KEY FROM NEWSPREP_SOURCE_LINE WHERE SOURCE = CAST(? AS VARCHAR(200))",
                String.class, source));
    }

    /** Deletes all lines of the publisher below its {@code max}-th most frequent one (ties broken by key). */
    private void keepMostFrequent(String source, int max) {
        List<Map<String, Object>> last = jdbc.queryForList("SELECT DOC_COUNT, LINE_KEY FROM NEWSPREP_SOURCE_LINE"
                + " WHERE SOURCE = CAST(? AS VARCHAR(200)) ORDER BY DOC_COUNT DESC, LINE_KEY LIMIT 1 OFFSET ?", source, max - 1);
        if (last.isEmpty()) {
            return;
        }
        Object count = last.get(0).get("DOC_COUNT");
        Object key = last.get(0).get("LINE_KEY");
        jdbc.update("DELETE FROM NEWSPREP_SOURCE_LINE WHERE SOURCE = CAST(? AS VARCHAR(200))"
                + " AND (DOC_COUNT < ? OR DOC_COUNT = ? AND LINE_KEY > CAST(? AS VARCHAR(1024)))", source, count, count, key);
    }

    /** The recurring lines of the {@code maxSources} publishers with the most documents. */
    public PublisherMemory recall(RecurrencePolicy policy, int maxSources) {
        Map<String, Integer> documents = new HashMap<>();
        jdbc.query("SELECT SOURCE, DOC_COUNT FROM NEWSPREP_SOURCE WHERE DOC_COUNT >= ?"
                        + " ORDER BY DOC_COUNT DESC, SOURCE LIMIT ?",
                rs -> {
                    documents.put(rs.getString(1), rs.getInt(2));
                }, policy.minSupport(), maxSources);
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        jdbc.query("SELECT SOURCE, LINE_KEY, DOC_COUNT FROM NEWSPREP_SOURCE_LINE WHERE DOC_COUNT >= ?",
                rs -> {
                    if (documents.containsKey(rs.getString(1))) {
                        lines.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                    }
                }, policy.minSupport());
        Map<String, PublisherMemory.Source> sources = new HashMap<>();
        lines.forEach((source, shapes) -> sources.put(source, new PublisherMemory.Source(documents.get(source), shapes)));
        return new PublisherMemory(sources, policy);
    }

    /** Every remembered publisher, most documents first. */
    public List<Publisher> publishers(int minDocuments) {
        return jdbc.query("SELECT S.SOURCE, S.DOC_COUNT, (SELECT COUNT(*) FROM NEWSPREP_SOURCE_LINE L"
                        + " WHERE L.SOURCE = S.SOURCE AND L.DOC_COUNT >= ?) FROM NEWSPREP_SOURCE S"
                        + " ORDER BY S.DOC_COUNT DESC, S.SOURCE",
                (rs, n) -> new Publisher(rs.getString(1), rs.getInt(2), rs.getInt(3)), minDocuments);
    }

    /** A publisher's lines that occurred in at least {@code minDocuments} documents, most frequent first. */
    public List<Line> lines(String source, int minDocuments) {
        return jdbc.query("SELECT LINE_KEY, DOC_COUNT FROM NEWSPREP_SOURCE_LINE WHERE SOURCE = CAST(? AS VARCHAR(200))"
                        + " AND DOC_COUNT >= ? ORDER BY DOC_COUNT DESC, LINE_KEY",
                (rs, n) -> new Line(rs.getString(1), rs.getInt(2)), source, minDocuments);
    }

    /**
     * Forgets what was learned about one publisher (or about all, for null), including which of its documents
     * were counted, so that later runs learn it afresh from the documents they see.
     *
     * @return the publishers forgotten
     */
    public int forget(String source) {
        String where = source == null ? "" : " WHERE SOURCE = CAST(? AS VARCHAR(200))";
        Object[] args = source == null ? new Object[0] : new Object[] {source};
        jdbc.update("DELETE FROM NEWSPREP_SOURCE_LINE" + where, args);
        jdbc.update("DELETE FROM NEWSPREP_COUNTED_DOC" + where, args);
        return jdbc.update("DELETE FROM NEWSPREP_SOURCE" + where, args);
    }
}
