package io.newsprep.pipeline;

import io.newsprep.dates.DateFinder;
import io.newsprep.dates.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day a dateline writes is the day stored, whatever its time, its zone and the machine's zone: a late evening
 * west of Greenwich ("8:19 PM EST") is not moved to the UTC day after, a time without a zone is not converted, and
 * a bare date is that day at midnight. (Structured data that gives the UTC instant may name the day after; the
 * written day is what the page says.)
 */
class WrittenDayTest {

    private static final DateFinder FINDER = DateFinder.fromResources();
    private static final List<String> MACHINE_ZONES = List.of("UTC", "America/Los_Angeles", "Asia/Tokyo",
            "Pacific/Kiritimati", "Pacific/Pago_Pago");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Posted November 18, 2019 8:19 PM EST | 2019-11-18",
            "en | Nov 19, 2019, 10:31 pm CST | 2019-11-19",
            "en | November 18, 2019 11:59 PM | 2019-11-18",
            "en | Aug 8, 2012 11:52 PM PDT | 2012-08-08",
            "pt | 22 de outubro de 2010 às 23:13 | 2010-10-22",
            "es | 3 de marzo de 2024, 23:45 (GMT-5) | 2024-03-03",
            "fr | Publié le 4 mai 2015 à 23h36 | 2015-05-04",
            "de | 19. November 2019, 00:15 Uhr | 2019-11-19",
            "ru | 5 марта 2019, 00:30 | 2019-03-05",
            "ja | 2018年8月25日 00:10 +09:00 | 2018-08-25",
            "ko | 입력 2018.08.25 오후 11:24 | 2018-08-25",
            "id | Sabtu, 25 Agustus 2018 23:50 WIB | 2018-08-25",
            "en | 18 Nov 2019 | 2019-11-18"})
    void keepsTheWrittenDayWhateverTheZone(String language, String line, String day) {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String zone : MACHINE_ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                List<DateMention> found = FINDER.find(line, true);
                assertThat(found).as(language + " " + line + " in " + zone).isNotEmpty();
                PublishedDate stored = PublishedDate.parse(found.get(0).iso());
                assertThat(stored.iso()).as(language + " " + line + " in " + zone).startsWith(day + "T");
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
