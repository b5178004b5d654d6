-- near-duplicate signatures of recent articles, kept across runs (bounded by newsprep.duplicates.window): one row
-- per article with its MinHash signature and cluster, numbered in the order seen (SEQ); the LSH band index is
-- built in memory from it. The signature's binary type is the one thing here each database spells its own way.
CREATE TABLE IF NOT EXISTS NEWSPREP_DOC_SIGNATURE (
    SEQ              BIGINT NOT NULL PRIMARY KEY,
    ARTICLE_ID       VARCHAR(64) NOT NULL,
    ADDRESS          VARCHAR(4096) NOT NULL,
    SOURCE           VARCHAR(200) NOT NULL,
    CLUSTER_ID       VARCHAR(64) NOT NULL,
    DUPLICATE_OF     VARCHAR(64),
    SIMILARITY       DOUBLE PRECISION,
    RUN_ID           VARCHAR(64) NOT NULL,
    SIGNATURE        VARBINARY(1024) NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS NEWSPREP_DOC_SIGNATURE_ID ON NEWSPREP_DOC_SIGNATURE (ARTICLE_ID);
