package io.newsprep.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines that state a date (in any language the date finder reads) are date lines; sentences that mention one are not. */
class DateLinesTest {

    private final DateLines lines = DateLines.fromResources();

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
            sexta-feira, 22 de outubro de 2010        | 2010-10-22
            Montag, 19. November 2019                 | 2019-11-19
            19. listopadu 2019                        | 2019-11-19
            2024年11月4日                              | 2024-11-04
            04.11.2024                                | 2024-11-04
            Опубликовано: 19.11.2019                  | 2019-11-19
            ОПУБЛИКОВАНО 19 ноября 2019               | 2019-11-19
            입력 2018.08.25 오후 3:24                   | 2018-08-25
            Monday November 18, 2019 7:45 am PST by Joe Rossignol | 2019-11-18
            """)
    void readsDateLines(String line, String iso) {
        assertThat(lines.isoDate(line)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The treaty was signed on November 4, 2024 in Pyongyang.",
            "2024-13-40",
            "Over 1,000 casualties",
            "Top 10",
            "By Jane Doe, November 4, 2024",
            "From 4 November 2024 to 5 November 2024",
            "Posted on March 30, 2015 by Admin"
    })
    void ignoresOtherLines(String line) {
        assertThat(lines.isoDate(line)).isNull();
    }
}
