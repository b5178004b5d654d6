-- The rows of disk-backed tables the database keeps in the heap: bounded, so that memory does not grow with
-- the ledger (the default, 50,000 rows, would hold a large part of a big landing folder's ledger).
SET FILES CACHE ROWS 10000;
SET FILES CACHE SIZE 8192;
-- tables created from here on are CACHED (on disk, not in the heap): the ledger grows with the landing folder and
-- must not have to fit in memory; the later migrations are then the same SQL for every database
SET DATABASE DEFAULT TABLE TYPE CACHED;
