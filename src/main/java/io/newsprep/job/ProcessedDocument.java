package io.newsprep.job;

import io.newsprep.duplicate.Signature;
import io.newsprep.input.FileStat;
import io.newsprep.input.SourceFile;
import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.OutcomeFormats;
import io.newsprep.pipeline.Article;
import io.newsprep.pipeline.Outcome;
import io.newsprep.store.LedgerRow;

import java.util.List;

/**
 * One document of an input file after the processor: the file it comes from and what that file was on disk,
 * whether the file is new or changed, the document's outcome (named by the document's address key), and
 * the outcome already encoded in each of the run's {@link #FORMATS} (so the writer, which runs alone, only
 * stores bytes): {@code records[i]} for {@code FORMATS.get(i)}, null where a format has no place for it.
 *
 * @param fileSha256 the hash of the file's bytes as stored; null when the file could not be read
 * @param signature  the article body's near-duplicate signature; null for a reject, a short body, or when off
 */
record ProcessedDocument(SourceFile file, FileStat stat, String fileSha256, Change change, Outcome outcome,
                         byte[][] records, List<OutcomeFormat> formats, Signature signature) {

    /** The formats a run writes by default. */
    static final List<OutcomeFormat> FORMATS = OutcomeFormats.standard();

    enum Change {
        NEW(Article.NEW), CHANGED(Article.CHANGED), REPROCESSED(Article.REPROCESSED), MOVED(null),
        /** An unchanged file whose earlier reject is tried again: its first article, if it gives one. */
        RETRIED(Article.NEW);

        private final String articleChange;

        Change(String articleChange) {
            this.articleChange = articleChange;
        }

        /** The article's {@code change} value; null for a move, which writes no article. */
        String articleChange() {
            return articleChange;
        }
    }

    /** The document that is the whole file, or the file's reject. */
    static ProcessedDocument of(SourceFile file, FileStat stat, Change change, Outcome outcome) {
        return of(file, stat, outcome.contentSha256(), change, outcome);
    }

    static ProcessedDocument of(SourceFile file, FileStat stat, String fileSha256, Change change, Outcome outcome) {
        return of(FORMATS, file, stat, fileSha256, change, outcome, null);
    }

    /**
     * An article is marked with its change (new, changed or reprocessed) before it is encoded.
     *
     * @param signature the body's near-duplicate signature, or null
     */
    static ProcessedDocument of(List<OutcomeFormat> formats, SourceFile file, FileStat stat, String fileSha256,
                                Change change, Outcome outcome, Signature signature) {
        Outcome marked = outcome instanceof Outcome.Accepted a && a.article().change() == null && change.articleChange() != null
                ? new Outcome.Accepted(a.article().withChange(change.articleChange())) : outcome;
        return new ProcessedDocument(file, stat, fileSha256, change, marked, OutcomeFormats.encode(formats, marked),
                formats, signature);
    }

    /** The same document with another outcome. */
    ProcessedDocument with(Change newChange, Outcome newOutcome) {
        return of(formats, file, stat, fileSha256, newChange, newOutcome, signature);
    }

    /** The document's address key: the file's relative path for a whole file, {@code path#offset} for a record. */
    String address() {
        return outcome.sourceFile();
    }

    boolean accepted() {
        return outcome instanceof Outcome.Accepted;
    }

    String articleId() {
        return outcome instanceof Outcome.Accepted a ? a.article().id() : null;
    }

    String rejectReason() {
        return outcome instanceof Outcome.Rejected r ? r.reject().reason().code() : null;
    }

    /** What the ledger records of it. */
    LedgerRow ledgerRow() {
        boolean wholeFile = address().equals(file.relativePath());
        return new LedgerRow(address(), stat, outcome.contentSha256(), articleId(), rejectReason(),
                wholeFile ? null : file.relativePath(), wholeFile ? null : fileSha256);
    }
}
