package io.newsprep.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    private static final DateFinder FINDER = DateFinder.fromResources();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Published August 25, 2018 | 2018-08-25",
            "en | Sat 25 Aug 2018 | 2018-08-25",
            "pt | sexta-feira, 22 de outubro de 2010 | 2010-10-22",
            "es | Publicado el 3 de marzo de 2024 | 2024-03-03",
            "fr | Publié le 4 mai 2015 à 13h36 | 2015-05-04T13:36",
            "de | Montag, 19. November 2019 | 2019-11-19",
            "it | pubblicato il 7 gennaio 2020 | 2020-01-07",
            "nl | 12 januari 2021 | 2021-01-12",
            "pl | 21 sierpnia 2018 | 2018-08-21",
            "cs | 19. listopadu 2019 | 2019-11-19",
            "ru | 5 марта 2019 года | 2019-03-05",
            "uk | 14 лютого 2022 | 2022-02-14",
            "tr | 25 Ağustos 2018 Cumartesi | 2018-08-25",
            "id | Sabtu, 25 Agustus 2018 | 2018-08-25",
            "el | 25 Αυγούστου 2018 | 2018-08-25",
            "hu | 2018. augusztus 25. | 2018-08-25",
            "sw | 25 Agosti 2018 | 2018-08-25",
            "ja | 2018年8月25日 15時24分 | 2018-08-25",
            "zh | 发布时间：2018年08月25日 | 2018-08-25",
            "ko | 기사입력 :[ 2018-08-25 15:24 ] | 2018-08-25T15:24",
            "ko | 입력 2018.08.25 오후 3:24 | 2018-08-25T15:24",
            "th | 25 สิงหาคม 2561 | 2018-08-25",
            "iso | 2018-08-25T15:24:10+09:00 | 2018-08-25T15:24:10+09:00",
            "de | 25.08.2018, 15:24 Uhr | 2018-08-25T15:24",
            "en | Aug 8, 2012 5:13 PM PDT | 2012-08-08T17:13-07:00",
            "en | Updated 3:45 PM ET, Mon November 19, 2019 | 2019-11-19",
            "en | Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago | 2019-11-20T04:29",
    })
    void readsWrittenDates(String language, String line, String iso) {
        assertFirstDate(language, FINDER.find(line, true), iso);
    }

    /** A date line of a news page in each language of the language test, in the locale's own way of writing it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "hi | प्रकाशित: 5 मार्च 2024, 10:30 AM | 2024-03-05T10:30",
            "hi | ५ मार्च २०२४ | 2024-03-05",
            "ur | 5 مارچ 2024 | 2024-03-05",
            "bn | ৫ মার্চ ২০২৪, ১০:৩০ | 2024-03-05T10:30",
            "ta | 5 மார்ச் 2024 | 2024-03-05",
            "th | ๕ มี.ค. ๒๕๖๗ | 2024-03-05",
            "fa | ۵ مارس ۲۰۲۴ | 2024-03-05",
            "fa | ۵ ژانویه ۲۰۲۴ | 2024-01-05",
            "he | יום שלישי, 5 במרץ 2024 | 2024-03-05",
            "el | Τρίτη, 5 Μαρ 2024 | 2024-03-05",
            "vi | Thứ ba, ngày 5 tháng 3 năm 2024 | 2024-03-05",
            "vi | 05 tháng 03, 2024 10:30 | 2024-03-05T10:30",
            "zh | 2024年3月5日 10:30 | 2024-03-05T10:30",
            "ja | 2024年3月5日(火) | 2024-03-05",
            "ko | 2024년 3월 5일 오후 3:24 | 2024-03-05T15:24",
            "ar | ٥ مارس ٢٠٢٤ | 2024-03-05",
            "ar | 5 آذار 2024 | 2024-03-05",
            "ar | الثلاثاء 2 كانون الثاني 2024 | 2024-01-02",
            "ar | 5 جانفي 2024 | 2024-01-05",
            "ru | 5 марта 2024 г. | 2024-03-05",
            "uk | 5 березня 2024 | 2024-03-05",
            "tr | 5 Mart 2024 Salı | 2024-03-05",
            "az | 05 mart 2024 10:30 | 2024-03-05T10:30",
            "de | 5. März 2024 | 2024-03-05",
            "fr | le 1er mars 2024 | 2024-03-01",
            "es | 5 de marzo de 2024 | 2024-03-05",
            "pt | 5 de março de 2024 | 2024-03-05",
            "it | 5 marzo 2024 | 2024-03-05",
            "id | Selasa, 05 Mar 2024 10:30 WIB | 2024-03-05T10:30+07:00",
            "en | March 5, 2024 | 2024-03-05",
    })
    void readsTheLanguagesOfTheLanguageTest(String language, String line, String iso) {
        assertFirstDate(language, FINDER.find(line, false), iso);
    }

    private static void assertFirstDate(String language, List<DateMention> found, String iso) {
        assertThat(found).as(language).isNotEmpty();
        assertThat(found.get(0).iso()).as(language).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "۱۵ اسفند ۱۴۰۲ | 2024-03-05",
            "تاریخ انتشار: ۱۵ اسفند ۱۴۰۲ - ۱۰:۳۰ | 2024-03-05",
            "۱۱ دی ۱۴۰۲ | 2024-01-01",
            "۱۴۰۲/۱۲/۱۵ | 2024-03-05",
            "1402-12-15 | 2024-03-05",
    })
    void readsSolarHijriDatesAsTheirGregorianDay(String line, String day) {
        List<DateMention> found = FINDER.find(line, false);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).date()).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void readsSolarHijriMonthsOnlyWithASolarHijriYear() {
        assertThat(FINDER.find("۱۵ اسفند ۲۰۲۴", false)).isEmpty();
        assertThat(FINDER.find("۳۱ اسفند ۱۴۰۲", false)).isEmpty(); // 1402 is no leap year: Esfand has 29 days
        assertThat(FINDER.find("born 12/03/1402", false)).isEmpty();
    }

    @Test
    void readsNumericDatesInThePagesOrder() {
        assertThat(FINDER.find("08/25/2018", true).get(0).date()).isEqualTo(LocalDate.of(2018, 8, 25));
        assertThat(FINDER.find("25/08/2018", true).get(0).date()).isEqualTo(LocalDate.of(2018, 8, 25));
        assertThat(FINDER.find("05/06/2018", true).get(0).date()).isEqualTo(LocalDate.of(2018, 5, 6));
        assertThat(FINDER.find("05/06/2018", false).get(0).date()).isEqualTo(LocalDate.of(2018, 6, 5));
        // dots: day first, also on a page that writes months first with slashes
        assertThat(FINDER.find("08.04.2015 12:46", true).get(0).date()).isEqualTo(LocalDate.of(2015, 4, 8));
        assertThat(DateFinder.numericOrder("posted 11/19/2019")).isTrue();
        assertThat(DateFinder.numericOrder("posted 19/11/2019")).isFalse();
    }

    @Test
    void ignoresNumbersThatAreNoDates() {
        assertThat(FINDER.find("Call 555-1234 or visit room 12.5", true)).isEmpty();
        assertThat(FINDER.find("The 2018 season had 32 games", true)).isEmpty();
        assertThat(FINDER.find("31/02/2018", true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2 hours ago | 2026-11-21",
            "3 days ago | 2026-11-18",
            "vor 3 Tagen | 2026-11-18",
            "il y a 2 jours | 2026-11-19",
            "hace 5 horas | 2026-11-21",
            "yesterday | 2026-11-20",
            "hier | 2026-11-20",
            "昨天 | 2026-11-20",
            "3시간 전 | 2026-11-21",
            "2 дня назад | 2026-11-19",
            "VOR 3 TAGEN | 2026-11-18",
            "Il Y A 2 Jours | 2026-11-19",
            "ΠΡΙΝ ΑΠΌ 2 ΗΜΈΡΕΣ | 2026-11-19",
    })
    void resolvesRelativeDatesAgainstWhenThePageWasSaved(String line, String day) {
        OffsetDateTime saved = OffsetDateTime.parse("2026-11-21T12:00:00Z");
        List<DateMention> found = FINDER.findRelative(line, saved);
        assertThat(found).as(line).isNotEmpty();
        assertThat(found.get(0).form()).isEqualTo(DateMention.Form.RELATIVE);
        assertThat(found.get(0).date()).hasToString(day);
    }

    @Test
    void readsDatesWrittenInOtherDigitsAndPassesOverLinesWithoutAYear() {
        assertThat(FINDER.find("٢٠١٨-٠٨-٢٥", true)).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2018, 8, 25)));
        assertThat(FINDER.find("२५ अगस्त २०१८", true)).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2018, 8, 25)));
        assertThat(FINDER.find("Aug 25, 18 at 3:24", true)).isEmpty();
        assertThat(DateFinder.numericOrder("25/08/18")).isNull();
    }

    @Test
    void readsATwoDigitYearOnlyWithATimeRightAfterIt() {
        assertThat(FINDER.find("By Tess Bonn - 11/19/19 06:56 AM EST", true)).singleElement()
                .satisfies(m -> assertThat(m.iso()).isEqualTo("2019-11-19T06:56-05:00"));
        assertThat(FINDER.find("20.11.19, 14:05", true)).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2019, 11, 20)));
        assertThat(FINDER.find("Score 11/19/19 in the final", true)).isEmpty();
        assertThat(FINDER.find("version 1.2.19 at 10:00", true)).isEmpty();
    }

    @Test
    void readsATimeWrittenWithADotOrStandingBeforeTheDate() {
        assertThat(FINDER.find("guardian.co.uk, Monday 29 October 2012 14.00 EDT", true)).singleElement()
                .satisfies(m -> assertThat(m.iso()).isEqualTo("2012-10-29T14:00-04:00"));
        assertThat(FINDER.find("29 October 2012 14.5 million", true)).singleElement()
                .satisfies(m -> assertThat(m.time()).isNull());
        assertThat(FINDER.find("21:17 18.11.2019Get short URL", true)).singleElement()
                .satisfies(m -> assertThat(m.iso()).isEqualTo("2019-11-18T21:17"));
    }
}
