package io.newsprep.pipeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2024-11-04                  | 2024-11-04T00:00:00Z      | date",
            "2024-11-04T09:30            | 2024-11-04T09:30:00Z      | minute",
            "2024-11-04T09:30:15         | 2024-11-04T09:30:15Z      | second",
            "2024-11-04T09:30:15Z        | 2024-11-04T09:30:15Z      | second",
            "2024-11-04T09:30:15.250Z    | 2024-11-04T09:30:15Z      | second",
            "2024-11-04T09:30:15+05:30   | 2024-11-04T09:30:15+05:30 | second",
            "2024-11-04T09:30-0500       | 2024-11-04T09:30:00-05:00 | minute",
            "2024-11-04 09:30:15+09      | 2024-11-04T09:30:15+09:00 | second",
            "2024-11-04T09:30:15+00:00   | 2024-11-04T09:30:15Z      | second",
            "yesterday                   | NULL                      | NULL",
            "2024-13-40                  | NULL                      | NULL"})
    void normalisesToIsoWithAnOffsetAndSaysHowPreciseThePageWas(String raw, String iso, String precision) {
        PublishedDate date = PublishedDate.parse(raw);

        assertThat(date.iso()).isEqualTo(iso);
        assertThat(date.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'   '"})
    void noDateIsNoDate(String raw) {
        assertThat(PublishedDate.parse(raw)).isEqualTo(new PublishedDate(null, null));
    }
}
