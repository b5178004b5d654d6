package io.newsprep.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Rejects produced by skipped items. Skips are signalled on worker threads, while output is written on the
 * step thread inside the chunk transaction, so they meet here and are written with the next chunk.
 */
class PendingRejects {

    private final ConcurrentLinkedQueue<ProcessedDocument> queue = new ConcurrentLinkedQueue<>();

    void add(ProcessedDocument reject) {
        queue.add(reject);
    }

    List<ProcessedDocument> drain() {
        List<ProcessedDocument> drained = new ArrayList<>();
        for (ProcessedDocument r; (r = queue.poll()) != null; ) {
            drained.add(r);
        }
        return drained;
    }
}
