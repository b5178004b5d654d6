package io.newsprep.job;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets a document that ran out of heap try once more with the heap to itself. Worker threads clean side by side;
 * in a small heap a very large document on one thread can leave too little for an ordinary one on another, which
 * would then be rejected as too large for no fault of its own. Such a document waits until the documents in
 * flight are done and is cleaned again alone; only a document that runs out of heap alone is too large.
 */
final class HeapTurns {

    // one heap per JVM, so one set of turns per JVM, whatever the number of steps or processors
    private static final ReentrantReadWriteLock TURNS = new ReentrantReadWriteLock(true);

    private HeapTurns() {
    }

    /** The work's result; its second attempt's, alone, when the first ran out of heap (which may throw it again). */
    static <T> T withRetryAlone(Supplier<T> work) {
        try {
            return under(TURNS.readLock(), work);
        } catch (OutOfMemoryError sharedHeap) {
            return under(TURNS.writeLock(), work);
        }
    }

    private static <T> T under(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
