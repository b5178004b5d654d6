-- newsprep's own tables, next to Spring Batch's in the job repository: the same SQL for HSQLDB and PostgreSQL.
-- Every statement is idempotent, because a repository made before migrations existed is baselined at version 1
-- and then runs this script over whatever tables its version had already made.
CREATE TABLE IF NOT EXISTS NEWSPREP_FILE_LEDGER (
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
CREATE TABLE IF NOT EXISTS NEWSPREP_SOURCE (
    SOURCE           VARCHAR(200) NOT NULL PRIMARY KEY,
    DOC_COUNT        INTEGER NOT NULL,
    LAST_SEEN_RUN    VARCHAR(64) NOT NULL
);
CREATE TABLE IF NOT EXISTS NEWSPREP_SOURCE_LINE (
    SOURCE           VARCHAR(200) NOT NULL,
    LINE_KEY         VARCHAR(1024) NOT NULL,
    DOC_COUNT        INTEGER NOT NULL,
    LAST_SEEN_RUN    VARCHAR(64) NOT NULL,
    PRIMARY KEY (SOURCE, LINE_KEY)
);
CREATE INDEX IF NOT EXISTS NEWSPREP_SOURCE_LINE_COUNT ON NEWSPREP_SOURCE_LINE (SOURCE, DOC_COUNT);
CREATE TABLE IF NOT EXISTS NEWSPREP_COUNTED_DOC (
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
CREATE TABLE IF NOT EXISTS NEWSPREP_DELETED_DOCUMENT (
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
-- one-off conversions of what earlier versions stored that need the program's own logic, each done once per
-- repository (e.g. the ledger's input folders moved to their real paths)
CREATE TABLE IF NOT EXISTS NEWSPREP_MIGRATION (
    NAME             VARCHAR(64) NOT NULL PRIMARY KEY,
    DONE_AT          TIMESTAMP NOT NULL
);
-- what decided each row (pipeline version, and the options that decide rejects): a reject decided by the file's
-- bytes is tried again when this changes; null in rows written before, whose rejects are then tried once again
ALTER TABLE NEWSPREP_FILE_LEDGER ADD COLUMN IF NOT EXISTS DECIDED_UNDER VARCHAR(256);
