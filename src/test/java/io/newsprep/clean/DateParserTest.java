package io.newsprep.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Date lines in common formats become ISO dates; sentences that mention a date do not. */
class DateParserTest {

    private final DateParser parser = DateParser.fromResources();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-11-04                                | 2024-11-04
            2024.11.04 10:32                          | 2024-11-04
            November 4, 2024                          | 2024-11-04
            Nov. 4, 2024 10:30 a.m.                   | 2024-11-04
            4 November 2024                           | 2024-11-04
            Published: Monday, November 4, 2024      | 2024-11-04
            Updated Nov 19, 2019 at 5:14 PM EST       | 2019-11-19
            4 de novembro de 2024                     | 2024-11-04
            2024年11月4日                              | 2024-11-04
            04.11.2024                                | 2024-11-04
            Опубликовано: 19.11.2019                  | 2019-11-19
            ОПУБЛИКОВАНО 19 ноября 2019               | 2019-11-19
            """)
    void readsDateLines(String line, String iso) {
        assertThat(parser.isoDate(line)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The treaty was signed on November 4, 2024 in Pyongyang.",
            "2024-13-40",
            "Over 1,000 casualties",
            "Top 10"
    })
    void ignoresOtherLines(String line) {
        assertThat(parser.isoDate(line)).isNull();
    }
}
