package io.newsprep.job;

import io.newsprep.article.Outcome;

import java.util.List;

/**
 * Something that must see every chunk's outcomes inside the chunk transaction (the file ledger), so that
 * what it records commits or rolls back together with the output files.
 */
interface OutcomeObserver {

    void beforeWrite(List<Outcome> outcomes);
}
