package io.newsprep.job;

import io.newsprep.article.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Rejects produced by skipped items. Skips are signalled on worker threads, while output is written on the
 * step thread inside the chunk transaction, so they meet here and are written with the next chunk.
 */
class PendingRejects {

    private final ConcurrentLinkedQueue<Outcome.Rejected> queue = new ConcurrentLinkedQueue<>();

    void add(Outcome.Rejected reject) {
        queue.add(reject);
    }

    List<Outcome.Rejected> drain() {
        List<Outcome.Rejected> drained = new ArrayList<>();
        for (Outcome.Rejected r; (r = queue.poll()) != null; ) {
            drained.add(r);
        }
        return drained;
    }
}
