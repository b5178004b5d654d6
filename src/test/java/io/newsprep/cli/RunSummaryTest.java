package io.newsprep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {

    @Test
    void saysHowManyLanguagesItLeavesOut(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("report.json"), """
                {"run_id": "r1", "elapsed_seconds": 1.0, "counts": {"articles": 7, "rejects": 0},
                 "rejects_by_reason": {"empty": 0}, "sources": {"(unknown)": 7},
                 "languages": {"en": {"articles": 1}, "ko": {"articles": 1}, "id": {"articles": 1},
                   "it": {"articles": 1}, "pt": {"articles": 1}, "ru": {"articles": 1}, "de": {"articles": 1}}}
                """);

        assertThat(RunSummary.of(run)).endsWith("; languages: en 1, ko 1, id 1, it 1, pt 1 and 2 more.");
    }

    @Test
    void namesEveryLanguageWhenThereAreFiveOrFewer(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("report.json"), """
                {"run_id": "r1", "elapsed_seconds": 1.0, "counts": {"articles": 2, "rejects": 0},
                 "rejects_by_reason": {}, "sources": {}, "languages": {"en": {"articles": 1}, "ko": {"articles": 1}}}
                """);

        assertThat(RunSummary.of(run)).endsWith("; languages: en 1, ko 1.");
    }
}
