-- newsprep's own tables, next to Spring Batch's in the job repository. Safe to run on every start.
-- The rows of disk-backed tables the database keeps in the heap: bounded, so that memory does not grow with
-- the ledger (the default, 50,000 rows, would hold a large part of a big landing folder's ledger).
SET FILES CACHE ROWS 10000;
SET FILES CACHE SIZE 8192;
-- CACHED: the ledger grows with the landing folder and must not have to fit in the heap
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_FILE_LEDGER (
    INPUT_DIR        VARCHAR(4096) NOT NULL,
    RELATIVE_PATH    VARCHAR(4096) NOT NULL,
    SIZE_BYTES       BIGINT NOT NULL,
    MODIFIED_AT      BIGINT NOT NULL,
    CONTENT_SHA256   VARCHAR(64),
    RUN_ID           VARCHAR(64) NOT NULL,
    OUTCOME          VARCHAR(16) NOT NULL,
    ARTICLE_ID       VARCHAR(64),
    REJECT_REASON    VARCHAR(32),
    RECORDED_AT      TIMESTAMP NOT NULL,
    PRIMARY KEY (INPUT_DIR, RELATIVE_PATH)
);
CREATE INDEX IF NOT EXISTS NEWSPREP_FILE_LEDGER_SHA ON NEWSPREP_FILE_LEDGER (CONTENT_SHA256, INPUT_DIR);
CREATE TABLE IF NOT EXISTS NEWSPREP_PUBLISHED_RUN (
    RUN_ID           VARCHAR(64) NOT NULL PRIMARY KEY,
    RUN_FOLDER       VARCHAR(4096) NOT NULL,
    PUBLISHED_AT     TIMESTAMP NOT NULL
);
-- what each publisher's pages have in common (site chrome), learned across runs: documents counted per
-- publisher, the documents each short line shape occurred in (top lines only), and which documents were counted
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_SOURCE (
    SOURCE           VARCHAR(200) NOT NULL PRIMARY KEY,
    DOC_COUNT        INTEGER NOT NULL,
    LAST_SEEN_RUN    VARCHAR(64) NOT NULL
);
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_SOURCE_LINE (
    SOURCE           VARCHAR(200) NOT NULL,
    LINE_KEY         VARCHAR(1024) NOT NULL,
    DOC_COUNT        INTEGER NOT NULL,
    LAST_SEEN_RUN    VARCHAR(64) NOT NULL,
    PRIMARY KEY (SOURCE, LINE_KEY)
);
CREATE INDEX IF NOT EXISTS NEWSPREP_SOURCE_LINE_COUNT ON NEWSPREP_SOURCE_LINE (SOURCE, DOC_COUNT);
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_COUNTED_DOC (
    CONTENT_SHA256   VARCHAR(64) NOT NULL PRIMARY KEY,
    SOURCE           VARCHAR(200) NOT NULL,
    RUN_ID           VARCHAR(64) NOT NULL
);
-- a run that resumes after a failure forgets the documents its failed attempt recorded as counted
CREATE INDEX IF NOT EXISTS NEWSPREP_COUNTED_DOC_RUN ON NEWSPREP_COUNTED_DOC (RUN_ID);
-- documents that are records of a file holding many (a JSON Lines file): the file's relative path and the hash
-- of its bytes as stored, by which an unchanged file is recognised; null for a document that is the whole file
-- (its RELATIVE_PATH and CONTENT_SHA256 say the same), so ledgers written before these columns read as before
ALTER TABLE NEWSPREP_FILE_LEDGER ADD COLUMN IF NOT EXISTS FILE_PATH VARCHAR(4096);
ALTER TABLE NEWSPREP_FILE_LEDGER ADD COLUMN IF NOT EXISTS FILE_SHA256 VARCHAR(64);
CREATE INDEX IF NOT EXISTS NEWSPREP_FILE_LEDGER_FILE ON NEWSPREP_FILE_LEDGER (INPUT_DIR, FILE_PATH);
-- documents that left the landing folder: the run that noticed it, and what the ledger knew of them until then
-- (their ledger rows are removed in the same transaction); MOVED_TO names the new address of a file that moved
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_DELETED_DOCUMENT (
    INPUT_DIR        VARCHAR(4096) NOT NULL,
    RELATIVE_PATH    VARCHAR(4096) NOT NULL,
    RUN_ID           VARCHAR(64) NOT NULL,
    LAST_RUN_ID      VARCHAR(64) NOT NULL,
    CONTENT_SHA256   VARCHAR(64),
    OUTCOME          VARCHAR(16) NOT NULL,
    ARTICLE_ID       VARCHAR(64),
    MOVED_TO         VARCHAR(4096),
    DELETED_AT       TIMESTAMP NOT NULL,
    PRIMARY KEY (INPUT_DIR, RELATIVE_PATH, RUN_ID)
);
-- one-off conversions of what earlier versions stored, each done once per repository (e.g. the ledger's input
-- folders moved to their real paths)
CREATE TABLE IF NOT EXISTS NEWSPREP_MIGRATION (
    NAME             VARCHAR(64) NOT NULL PRIMARY KEY,
    DONE_AT          TIMESTAMP NOT NULL
);
-- what decided each row (pipeline version, and the options that decide rejects): a reject decided by the file's
-- bytes is tried again when this changes; null in rows written before, whose rejects are then tried once again
ALTER TABLE NEWSPREP_FILE_LEDGER ADD COLUMN IF NOT EXISTS DECIDED_UNDER VARCHAR(256);
-- near-duplicate signatures of recent articles, kept across runs (bounded by newsprep.duplicates.window): one row
-- per article with its MinHash signature and cluster, numbered in the order seen (SEQ); the LSH band index is
-- built in memory from it
CREATE CACHED TABLE IF NOT EXISTS NEWSPREP_DOC_SIGNATURE (
    SEQ              BIGINT NOT NULL PRIMARY KEY,
    ARTICLE_ID       VARCHAR(64) NOT NULL,
    ADDRESS          VARCHAR(4096) NOT NULL,
    SOURCE           VARCHAR(200) NOT NULL,
    CLUSTER_ID       VARCHAR(64) NOT NULL,
    DUPLICATE_OF     VARCHAR(64),
    SIMILARITY       DOUBLE,
    RUN_ID           VARCHAR(64) NOT NULL,
    SIGNATURE        VARBINARY(1024) NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS NEWSPREP_DOC_SIGNATURE_ID ON NEWSPREP_DOC_SIGNATURE (ARTICLE_ID);
