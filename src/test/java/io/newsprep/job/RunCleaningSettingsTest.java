package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class RunCleaningSettingsTest {

    private static NewsprepProperties process(long maxFileBytes, String removed, Boolean lineModel) {
        return new NewsprepProperties(2, 0, maxFileBytes, null, null, removed, null, lineModel, null, null);
    }

    @Test
    void aWorkerCleansWithTheRunsOptionsNotItsOwn() {
        JobParameters run = RunCleaningSettings.of(process(1024, "lines", false)).addTo(new JobParametersBuilder())
                .toJobParameters();
        RunCleaningSettings settings = RunCleaningSettings.of(run, process(20L << 20, "counts", null));
        assertThat(settings).isEqualTo(new RunCleaningSettings(1024, "lines", false));
        NewsprepProperties applied = settings.applyTo(process(20L << 20, "counts", true));
        assertThat(applied.maxFileBytes()).isEqualTo(1024);
        assertThat(applied.removed()).isEqualTo("lines");
        assertThat(applied.lineModel()).isFalse();
        assertThat(applied.threads()).isEqualTo(2);
    }

    @Test
    void theDefaultLineModelStaysTheDefault() {
        JobParameters run = RunCleaningSettings.of(process(0, null, null)).addTo(new JobParametersBuilder())
                .toJobParameters();
        assertThat(RunCleaningSettings.of(run, process(0, null, true)).lineModel()).isNull();
    }

    @Test
    void aRunOfAnEarlierVersionCleansWithTheProcesssOptions() {
        RunCleaningSettings settings = RunCleaningSettings.of(new JobParameters(), process(4096, "none", true));
        assertThat(settings).isEqualTo(new RunCleaningSettings(4096, "none", true));
    }
}
