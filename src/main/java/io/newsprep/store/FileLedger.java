package io.newsprep.store;

import io.newsprep.input.RejectReason;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * The record of every input document a run has handled: address, size and modification time of its file,
 * content hash and outcome. A document's address key goes in the RELATIVE_PATH column: for a document that is
 * a whole file it is the file's relative path, so ledgers written before addresses existed read the same; a
 * record of a file that holds many documents ({@code path#offset}) also names its file and the file's hash
 * (FILE_PATH, FILE_SHA256), by which the file is looked up and found unchanged. Rows
 * are written inside the chunk transaction, so they commit or roll back with the output files. Lookups only trust rows of published runs and (for copies) of the run asking, so a run that died
 * and was abandoned cannot hide files from the next one. Each row also records what decided it (DECIDED_UNDER: the
 * pipeline version and the options that decide rejects), so that a reject is tried again once that changes.
 */
public class FileLedger {

    public static final String ARTICLE = "article";
    public static final String REJECT = "reject";

    private static final String COLUMNS = "RELATIVE_PATH, SIZE_BYTES, MODIFIED_AT, CONTENT_SHA256, OUTCOME, ARTICLE_ID,"
            + " COALESCE(FILE_PATH, RELATIVE_PATH), COALESCE(FILE_SHA256, CONTENT_SHA256), REJECT_REASON, DECIDED_UNDER";
    private static final String PUBLISHED = " AND RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN)";
    private static final String TRUSTED = " AND (RUN_ID = CAST(? AS VARCHAR(64)) OR RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN))";
    /** Rows first that call for a retry, so that a file of many records is retried when any of them does. */
    private static final String RETRIES_FIRST = " ORDER BY CASE WHEN OUTCOME = '" + REJECT + "' AND (REJECT_REASON IN ("
            + Arrays.stream(RejectReason.values()).filter(r -> !r.decidedByBytes()).map(r -> "'" + r.code() + "'")
                    .collect(Collectors.joining(", "))
            + ") OR DECIDED_UNDER IS NULL OR DECIDED_UNDER <> CAST(? AS VARCHAR(256))) THEN 0 ELSE 1 END";

    private final JdbcTemplate jdbc;
    private final String decidedUnder;
    private final RowMapper<LedgerEntry> entry;

    public FileLedger(JdbcTemplate jdbc) {
        this(jdbc, "");
    }

    /**
     * @param decidedUnder what decides rejects in the runs of this ledger (pipeline version, options): a reject
     *                     recorded under something else is tried again
     */
    public FileLedger(JdbcTemplate jdbc, String decidedUnder) {
        this.jdbc = jdbc;
        this.decidedUnder = decidedUnder;
        this.entry = (rs, n) -> new LedgerEntry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                retry(rs.getString(5), rs.getString(9), rs.getString(10)));
    }

    private boolean retry(String outcome, String rejectReason, String rowDecidedUnder) {
        if (!REJECT.equals(outcome)) {
            return false;
        }
        RejectReason reason = RejectReason.ofCode(rejectReason);
        return reason == null || !reason.decidedByBytes() || !decidedUnder.equals(rowDecidedUnder);
    }

    /** Earlier records of files, by path, for one run over one input folder. */
    public interface PathLookup {
        /**
         * A row of a document of the file at this path: the file's own row when it was one document, else a row
         * of one of its records (all of them have the file's size, modification time and hash); null if none.
         */
        LedgerEntry byPath(String relativePath);
    }

    /**
     * Looks files up by path; while the ledger holds nothing a run may trust for the folder (its first run),
     * answers without asking the database. Rows the run itself writes later are for paths it has already passed.
     */
    public PathLookup pathLookup(String inputDir, String runId) {
        boolean known = anyRow(PUBLISHED, inputDir);
        return known ? relativePath -> byPath(inputDir, relativePath, runId) : relativePath -> null;
    }

    /**
     * Looks files up by path among the rows of published runs other than this one: what a web archive was before
     * this run, also when a restart of this run finds some of its records already recorded.
     */
    public PathLookup earlierRunsLookup(String inputDir, String runId) {
        return relativePath -> {
            List<LedgerEntry> rows = jdbc.query("SELECT " + COLUMNS + " FROM NEWSPREP_FILE_LEDGER"
                    + " WHERE INPUT_DIR = CAST(? AS VARCHAR(4096)) AND (RELATIVE_PATH = CAST(? AS VARCHAR(4096))"
                    + " OR FILE_PATH = CAST(? AS VARCHAR(4096))) AND RUN_ID <> CAST(? AS VARCHAR(64))"
                    + " AND RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN) FETCH FIRST 1 ROWS ONLY", entry,
                    inputDir, relativePath, relativePath, runId);
            return rows.isEmpty() ? null : rows.get(0);
        };
    }

    /**
     * A row of a document of the file at this path (see {@link PathLookup#byPath}), of a published run only. A
     * resumed run never asks about a file before its restart point; a row of its own for a file after it was
     * written by an attempt killed between the chunk's commit and the step's saved position, and that file's
     * records were cut from the staged output with the position: the file must be cleaned again.
     */
    public LedgerEntry byPath(String inputDir, String relativePath, String runId) {
        List<LedgerEntry> rows = jdbc.query("SELECT " + COLUMNS + " FROM NEWSPREP_FILE_LEDGER"
                + " WHERE INPUT_DIR = CAST(? AS VARCHAR(4096)) AND RELATIVE_PATH = CAST(? AS VARCHAR(4096))" + PUBLISHED,
                entry, inputDir, relativePath);
        if (rows.isEmpty()) {
            rows = jdbc.query("SELECT " + COLUMNS + " FROM NEWSPREP_FILE_LEDGER"
                    + " WHERE INPUT_DIR = CAST(? AS VARCHAR(4096)) AND FILE_PATH = CAST(? AS VARCHAR(4096))" + PUBLISHED
                    + RETRIES_FIRST + " FETCH FIRST 1 ROWS ONLY", entry, inputDir, relativePath, decidedUnder);
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Whether a published earlier run recorded articles from this input folder. */
    public boolean hasArticlesOfEarlierRuns(String inputDir, String runId) {
        return anyRow(" AND OUTCOME = '" + ARTICLE + "' AND RUN_ID <> CAST(? AS VARCHAR(64))"
                + " AND RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN)", inputDir, runId);
    }

    /** Whether the ledger has a row for the input folder that meets the condition (its parameters follow inputDir). */
    private boolean anyRow(String condition, String inputDir, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = inputDir;
        System.arraycopy(args, 0, all, 1, args.length);
        return !jdbc.queryForList("SELECT 1 FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                + condition + " FETCH FIRST 1 ROWS ONLY", Integer.class, all).isEmpty();
    }

    /**
     * Hands over, one by one, the content hashes of the articles this run has recorded so far (none, unless it
     * is a restart); streamed, since a restart late in a large run has recorded many.
     */
    public void forEachArticleShaOfRun(String inputDir, String runId, Consumer<String> sha256s) {
        jdbc.query("SELECT CONTENT_SHA256 FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                        + " AND OUTCOME = '" + ARTICLE + "' AND RUN_ID = CAST(? AS VARCHAR(64))",
                (RowCallbackHandler) rs -> sha256s.accept(rs.getString(1)), inputDir, runId);
    }

    /** Articles already made from these exact bytes, under any path (in this run only, when reprocessing). */
    public Map<String, LedgerEntry> articlesByContent(String inputDir, Collection<String> sha256s, String runId,
                                               boolean onlyThisRun) {
        return articlesByContent(inputDir, sha256s, onlyThisRun ? " AND RUN_ID = ?" : TRUSTED, runId);
    }

    /** Articles published runs made from these exact bytes, under any path: not those of the running run. */
    public Map<String, LedgerEntry> articlesOfEarlierRunsByContent(String inputDir, Collection<String> sha256s) {
        return articlesByContent(inputDir, sha256s, PUBLISHED);
    }

    private Map<String, LedgerEntry> articlesByContent(String inputDir, Collection<String> sha256s, String runs,
                                                       Object... runArgs) {
        Map<String, LedgerEntry> found = new HashMap<>();
        if (sha256s.isEmpty()) {
            return found;
        }
        String marks = String.join(",", Collections.nCopies(sha256s.size(), "?"));
        List<Object> args = new ArrayList<>(sha256s);
        args.add(inputDir);
        args.addAll(List.of(runArgs));
        jdbc.query("SELECT " + COLUMNS + " FROM NEWSPREP_FILE_LEDGER WHERE CONTENT_SHA256 IN (" + marks + ")"
                        + " AND INPUT_DIR = ? AND OUTCOME = '" + ARTICLE + "'"
                        + runs + " ORDER BY RELATIVE_PATH",
                (java.sql.ResultSet rs) -> {
                    LedgerEntry e = entry.mapRow(rs, 0);
                    found.putIfAbsent(e.contentSha256(), e);
                }, args.toArray());
        return found;
    }

    /**
     * Records what became of documents, replacing what was recorded under the same addresses. What earlier runs
     * recorded of a file whose records come in (records it no longer holds, or its row as one document) is removed
     * first; the rows this run wrote for it in earlier chunks stay.
     */
    public void record(String inputDir, String runId, List<LedgerRow> rows) {
        record(inputDir, runId, rows, path -> true);
    }

    /**
     * As {@link #record(String, String, List)}, removing what earlier runs recorded only of the files the filter
     * lets through (a caller that writes a large archive's records in many chunks removes them once).
     */
    public void record(String inputDir, String runId, List<LedgerRow> rows, Predicate<String> removeEarlierRowsOf) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> filesOfRecords = rows.stream().map(LedgerRow::filePath).filter(Objects::nonNull).distinct()
                .filter(removeEarlierRowsOf).toList();
        if (!filesOfRecords.isEmpty()) {
            // the run's own rows stay: the records of a web archive come in many chunks
            jdbc.batchUpdate("DELETE FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                    + " AND FILE_PATH = CAST(? AS VARCHAR(4096)) AND RUN_ID <> CAST(? AS VARCHAR(64))", filesOfRecords,
                    filesOfRecords.size(), (ps, path) -> {
                        ps.setString(1, inputDir);
                        ps.setString(2, path);
                        ps.setString(3, runId);
                    });
            jdbc.batchUpdate("DELETE FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                    + " AND RELATIVE_PATH = CAST(? AS VARCHAR(4096))", filesOfRecords, filesOfRecords.size(), (ps, path) -> {
                        ps.setString(1, inputDir);
                        ps.setString(2, path);
                    });
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("MERGE INTO NEWSPREP_FILE_LEDGER L USING (VALUES(CAST(? AS VARCHAR(4096)),"
                        + " CAST(? AS VARCHAR(4096)), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)),"
                        + " CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(64)),"
                        + " CAST(? AS VARCHAR(32)), CAST(? AS TIMESTAMP), CAST(? AS VARCHAR(4096)), CAST(? AS VARCHAR(64)),"
                        + " CAST(? AS VARCHAR(256))))"
                        + " AS V(INPUT_DIR, RELATIVE_PATH, SIZE_BYTES, MODIFIED_AT, CONTENT_SHA256, RUN_ID, OUTCOME,"
                        + " ARTICLE_ID, REJECT_REASON, RECORDED_AT, FILE_PATH, FILE_SHA256, DECIDED_UNDER)"
                        + " ON L.INPUT_DIR = V.INPUT_DIR AND L.RELATIVE_PATH = V.RELATIVE_PATH"
                        + " WHEN MATCHED THEN UPDATE SET SIZE_BYTES = V.SIZE_BYTES, MODIFIED_AT = V.MODIFIED_AT,"
                        + " CONTENT_SHA256 = V.CONTENT_SHA256, RUN_ID = V.RUN_ID, OUTCOME = V.OUTCOME,"
                        + " ARTICLE_ID = V.ARTICLE_ID, REJECT_REASON = V.REJECT_REASON, RECORDED_AT = V.RECORDED_AT,"
                        + " FILE_PATH = V.FILE_PATH, FILE_SHA256 = V.FILE_SHA256, DECIDED_UNDER = V.DECIDED_UNDER"
                        + " WHEN NOT MATCHED THEN INSERT (INPUT_DIR, RELATIVE_PATH, SIZE_BYTES, MODIFIED_AT,"
                        + " CONTENT_SHA256, RUN_ID, OUTCOME, ARTICLE_ID, REJECT_REASON, RECORDED_AT, FILE_PATH, FILE_SHA256,"
                        + " DECIDED_UNDER)"
                        + " VALUES (V.INPUT_DIR, V.RELATIVE_PATH, V.SIZE_BYTES,"
                        + " V.MODIFIED_AT, V.CONTENT_SHA256, V.RUN_ID, V.OUTCOME, V.ARTICLE_ID, V.REJECT_REASON,"
                        + " V.RECORDED_AT, V.FILE_PATH, V.FILE_SHA256, V.DECIDED_UNDER)",
                rows, rows.size(), (ps, r) -> {
                    ps.setString(1, inputDir);
                    ps.setString(2, r.address());
                    ps.setLong(3, r.stat().sizeBytes());
                    ps.setLong(4, r.stat().modifiedAt());
                    ps.setString(5, r.contentSha256());
                    ps.setString(6, runId);
                    ps.setString(7, r.articleId() != null ? ARTICLE : REJECT);
                    ps.setString(8, r.articleId());
                    ps.setString(9, r.rejectReason());
                    ps.setTimestamp(10, now);
                    ps.setString(11, r.filePath());
                    ps.setString(12, r.fileSha256());
                    ps.setString(13, decidedUnder);
                });
    }

    /** Every input folder the ledger holds rows of, as it names them. */
    /**
     * Records as same-content rejects articles this run first recorded as articles: a remote run learns which of
     * its articles are copies of one in another partition only once every partition is done.
     */
    public void recordDuplicates(String inputDir, String runId, List<String> addresses, String reasonCode) {
        if (addresses.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE NEWSPREP_FILE_LEDGER SET OUTCOME = '" + REJECT + "', ARTICLE_ID = NULL,"
                        + " REJECT_REASON = CAST(? AS VARCHAR(32)) WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                        + " AND RELATIVE_PATH = CAST(? AS VARCHAR(4096)) AND RUN_ID = CAST(? AS VARCHAR(64))",
                addresses, addresses.size(), (ps, address) -> {
                    ps.setString(1, reasonCode);
                    ps.setString(2, inputDir);
                    ps.setString(3, address);
                    ps.setString(4, runId);
                });
    }

    public List<String> inputFolders() {
        return jdbc.queryForList("SELECT DISTINCT INPUT_DIR FROM NEWSPREP_FILE_LEDGER", String.class);
    }

    /**
     * Files the rows of one input folder under another name (its real path), keeping the rows already under that
     * name where both have one for the same address.
     *
     * @return the rows moved
     */
    public int renameInputFolder(String from, String to) {
        jdbc.update("DELETE FROM NEWSPREP_FILE_LEDGER F WHERE F.INPUT_DIR = CAST(? AS VARCHAR(4096)) AND EXISTS"
                + " (SELECT 1 FROM NEWSPREP_FILE_LEDGER T WHERE T.INPUT_DIR = CAST(? AS VARCHAR(4096))"
                + " AND T.RELATIVE_PATH = F.RELATIVE_PATH)", from, to);
        return jdbc.update("UPDATE NEWSPREP_FILE_LEDGER SET INPUT_DIR = CAST(? AS VARCHAR(4096))"
                + " WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))", to, from);
    }

    /** Whether a one-off conversion of the repository has been done. */
    public boolean migrated(String name) {
        return !jdbc.queryForList("SELECT 1 FROM NEWSPREP_MIGRATION WHERE NAME = CAST(? AS VARCHAR(64))",
                Integer.class, name).isEmpty();
    }

    public void markMigrated(String name) {
        jdbc.update("MERGE INTO NEWSPREP_MIGRATION M USING (VALUES(CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP)))"
                + " AS V(NAME, DONE_AT) ON M.NAME = V.NAME WHEN NOT MATCHED THEN INSERT VALUES (V.NAME, V.DONE_AT)",
                name, Timestamp.from(Instant.now()));
    }

    /** Whether any of these runs is recorded as published. */
    public boolean anyPublished(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return false;
        }
        String marks = String.join(",", Collections.nCopies(runIds.size(), "?"));
        return !jdbc.queryForList("SELECT 1 FROM NEWSPREP_PUBLISHED_RUN WHERE RUN_ID IN (" + marks + ")"
                + " FETCH FIRST 1 ROWS ONLY", Integer.class, runIds.toArray()).isEmpty();
    }

    public void markPublished(String runId, String runFolder) {
        jdbc.update("MERGE INTO NEWSPREP_PUBLISHED_RUN P USING (VALUES(CAST(? AS VARCHAR(64)),"
                + " CAST(? AS VARCHAR(4096)), CAST(? AS TIMESTAMP))) AS V(RUN_ID, RUN_FOLDER, PUBLISHED_AT)"
                + " ON P.RUN_ID = V.RUN_ID WHEN NOT MATCHED THEN INSERT VALUES (V.RUN_ID, V.RUN_FOLDER, V.PUBLISHED_AT)",
                runId, runFolder, Timestamp.from(Instant.now()));
    }

    /**
     * The documents the ledger holds for this input folder (as published runs and this run recorded them) whose file
     * the test says is gone; each with the address its bytes are now recorded under by this run, if they moved.
     */
    public List<DeletedDocument> gone(String inputDir, String runId, java.util.function.Predicate<String> fileGone) {
        List<DeletedDocument> gone = new ArrayList<>();
        jdbc.query("SELECT RELATIVE_PATH, COALESCE(FILE_PATH, RELATIVE_PATH), RUN_ID, CONTENT_SHA256, OUTCOME, ARTICLE_ID"
                        + " FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))" + TRUSTED
                        + " ORDER BY RELATIVE_PATH",
                (RowCallbackHandler) rs -> {
                    if (fileGone.test(rs.getString(2))) {
                        gone.add(new DeletedDocument(rs.getString(1), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), null));
                    }
                }, inputDir, runId);
        List<DeletedDocument> out = new ArrayList<>(gone.size());
        for (DeletedDocument d : gone) {
            List<String> moved = d.contentSha256() == null || !ARTICLE.equals(d.outcome()) ? List.of()
                    : jdbc.queryForList("SELECT RELATIVE_PATH FROM NEWSPREP_FILE_LEDGER WHERE CONTENT_SHA256 = ?"
                            + " AND INPUT_DIR = CAST(? AS VARCHAR(4096)) AND RUN_ID = CAST(? AS VARCHAR(64))"
                            + " AND OUTCOME = '" + ARTICLE + "' AND RELATIVE_PATH <> CAST(? AS VARCHAR(4096))"
                            + " ORDER BY RELATIVE_PATH FETCH FIRST 1 ROWS ONLY",
                    String.class, d.contentSha256(), inputDir, runId, d.address());
            out.add(moved.isEmpty() ? d : new DeletedDocument(d.address(), d.lastRunId(), d.contentSha256(),
                    d.outcome(), d.articleId(), moved.get(0)));
        }
        return out;
    }

    /**
     * Records that these documents left the landing folder in this run: they are kept in NEWSPREP_DELETED_DOCUMENT
     * and their ledger rows of earlier runs removed (a file that comes back is new). Safe to repeat.
     */
    public void recordDeleted(String inputDir, String runId, List<DeletedDocument> deleted) {
        if (deleted.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("MERGE INTO NEWSPREP_DELETED_DOCUMENT D USING (VALUES(CAST(? AS VARCHAR(4096)),"
                        + " CAST(? AS VARCHAR(4096)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),"
                        + " CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(4096)), CAST(? AS TIMESTAMP)))"
                        + " AS V(INPUT_DIR, RELATIVE_PATH, RUN_ID, LAST_RUN_ID, CONTENT_SHA256, OUTCOME, ARTICLE_ID,"
                        + " MOVED_TO, DELETED_AT)"
                        + " ON D.INPUT_DIR = V.INPUT_DIR AND D.RELATIVE_PATH = V.RELATIVE_PATH AND D.RUN_ID = V.RUN_ID"
                        + " WHEN NOT MATCHED THEN INSERT VALUES (V.INPUT_DIR, V.RELATIVE_PATH, V.RUN_ID, V.LAST_RUN_ID,"
                        + " V.CONTENT_SHA256, V.OUTCOME, V.ARTICLE_ID, V.MOVED_TO, V.DELETED_AT)",
                deleted, deleted.size(), (ps, d) -> {
                    ps.setString(1, inputDir);
                    ps.setString(2, d.address());
                    ps.setString(3, runId);
                    ps.setString(4, d.lastRunId());
                    ps.setString(5, d.contentSha256());
                    ps.setString(6, d.outcome());
                    ps.setString(7, d.articleId());
                    ps.setString(8, d.movedTo());
                    ps.setTimestamp(9, now);
                });
        jdbc.batchUpdate("DELETE FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                        + " AND RELATIVE_PATH = CAST(? AS VARCHAR(4096)) AND RUN_ID <> CAST(? AS VARCHAR(64))",
                deleted, deleted.size(), (ps, d) -> {
                    ps.setString(1, inputDir);
                    ps.setString(2, d.address());
                    ps.setString(3, runId);
                });
    }

    /** The articles the ledger holds for this input folder from published runs: the live documents. */
    public long liveArticles(String inputDir) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM NEWSPREP_FILE_LEDGER WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))"
                + " AND OUTCOME = '" + ARTICLE + "' AND RUN_ID IN (SELECT RUN_ID FROM NEWSPREP_PUBLISHED_RUN)",
                Long.class, inputDir);
        return n == null ? 0 : n;
    }

    /** How many documents runs have recorded as deleted from this input folder. */
    public long deletedDocuments(String inputDir) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM NEWSPREP_DELETED_DOCUMENT WHERE INPUT_DIR = CAST(? AS VARCHAR(4096))",
                Long.class, inputDir);
        return n == null ? 0 : n;
    }
}
