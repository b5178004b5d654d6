package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class IngestFailureMessageTest {

    @Test
    void aDiskErrorIsToldRatherThanTheBookkeepingItBroke() {
        List<Throwable> failures = List.of(
                new OptimisticLockingFailureException("Attempt to update step execution id=2 with wrong version (2)"),
                new IllegalStateException("flush failed", new UncheckedIOException(new IOException("No space left on device"))));

        assertThat(IngestLauncher.failureToReport(failures)).isEqualTo("IOException: No space left on device");
    }

    @Test
    void otherwiseTheFirstFailureWithItsKind() {
        assertThat(IngestLauncher.failureToReport(List.of(new IllegalArgumentException("bad"), new IllegalStateException("later"))))
                .isEqualTo("IllegalArgumentException: bad");
        assertThat(IngestLauncher.failureToReport(List.of())).isNull();
    }
}
