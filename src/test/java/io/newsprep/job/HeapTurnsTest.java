package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HeapTurnsTest {

    @Test
    void aDocumentThatRanOutOfHeapBesideOthersIsCleanedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = HeapTurns.withRetryAlone(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return "article";
        });
        assertThat(result).isEqualTo("article");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aDocumentThatRunsOutOfHeapAloneIsTooLarge() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> HeapTurns.withRetryAlone(() -> {
            attempts.incrementAndGet();
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void theSecondAttemptWaitsForTheDocumentsInFlight() throws Exception {
        CountDownLatch otherStarted = new CountDownLatch(1);
        CountDownLatch releaseOther = new CountDownLatch(1);
        AtomicBoolean otherDone = new AtomicBoolean();
        Thread other = new Thread(() -> HeapTurns.withRetryAlone(() -> {
            otherStarted.countDown();
            try {
                releaseOther.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            otherDone.set(true);
            return "other";
        }));
        other.start();
        assertThat(otherStarted.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean otherDoneAtRetry = new AtomicBoolean();
        Thread retried = new Thread(() -> HeapTurns.withRetryAlone(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            otherDoneAtRetry.set(otherDone.get());
            return "retried";
        }));
        retried.start();
        Thread.sleep(200);
        assertThat(attempts).as("the retry waits while another document is cleaned").hasValue(1);
        releaseOther.countDown();
        retried.join(10_000);
        other.join(10_000);
        assertThat(attempts).hasValue(2);
        assertThat(otherDoneAtRetry).isTrue();
    }
}
