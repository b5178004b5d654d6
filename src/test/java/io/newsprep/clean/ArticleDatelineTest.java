package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's own date, read from its dateline in a whole dump: menus, headline, body and related stories. */
class ArticleDatelineTest {

    private static final String P1 = SampleParagraphs.P1;
    private static final String P2 = SampleParagraphs.P2;
    private static final String P3 = SampleParagraphs.P3;

    private final Cleaner cleaner = Cleaner.withDefaults();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Published August 25, 2018 | 2018-08-25",
            "pt | sexta-feira, 22 de outubro de 2010 | 2010-10-22",
            "es | 3 de marzo de 2024 | 2024-03-03",
            "fr | Publié le 4 mai 2015 à 13h36 | 2015-05-04",
            "de | Montag, 19. November 2019 | 2019-11-19",
            "it | 7 gennaio 2020 | 2020-01-07",
            "nl | 12 januari 2021 | 2021-01-12",
            "pl | 21 sierpnia 2018 | 2018-08-21",
            "ru | 5 марта 2019 | 2019-03-05",
            "tr | 25 Ağustos 2018 | 2018-08-25",
            "id | Sabtu, 25 Agustus 2018 | 2018-08-25",
            "el | 25 Αυγούστου 2018 | 2018-08-25",
            "ja | 2018年8月25日 | 2018-08-25",
            "ko | 기사입력 :[ 2018-08-25 15:24 ] | 2018-08-25",
            "th | 25 สิงหาคม 2561 | 2018-08-25",
    })
    void readsTheDatelineBelowTheHeadline(String language, String dateline, String day) {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "Sport", "",
                "North Korean Troops Engage in First Combat in Kursk", "", dateline, "", P1, "", P2, "", P3), null);
        assertThat(d.published()).as(language).startsWith(day);
        assertThat(d.publishedMethod()).isEqualTo(PublishedMethod.DATELINE);
        assertThat(d.publishedRaw()).isNotBlank();
    }

    @Test
    void theArticlesOwnDateWinsOverTheRelatedStoriesDates() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "Sport", "",
                "North Korean Troops Engage in First Combat in Kursk", "", "By Jane Smith", "November 4, 2024", "",
                P1, "", P2, "", P3, "", "Related stories", "",
                "Ukraine strikes a Russian airfield - October 30, 2024",
                "Talks on the grain corridor resume - October 28, 2024",
                "A new front opens in the north - October 21, 2024", "",
                "© 2024 Example News"), null);
        assertThat(d.published()).isEqualTo("2024-11-04");
    }

    @Test
    void aDatelineWithADottedTimeWinsOverAListOfOlderStories() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "Sport", "",
                "North Korean Troops Engage in First Combat in Kursk", "",
                "guardian.co.uk, Monday 4 November 2024 14.00 EDT", "",
                P1, "", P2, "", P3, "",
                "This article was published on guardian.co.uk at 14.00 EDT on Monday 4 November 2024.", "",
                "More on this story", "",
                "• 21 Feb 2024", "Ukraine strikes a Russian airfield", "",
                "• 5 Nov 2023", "Talks on the grain corridor resume", "",
                "• 7 Nov 2022", "A new front opens in the north", "",
                "© 2024 Example News"), null);
        assertThat(d.published()).startsWith("2024-11-04T14:00");
        assertThat(d.publishedRaw()).isEqualTo("4 November 2024 14.00 EDT");
    }

    @Test
    void aBylineWithATwoDigitYearAndATimeGivesTheDate() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "Sport", "",
                "North Korean Troops Engage in First Combat in Kursk", "",
                "By Jane Smith - 11/04/24 06:56 AM EST", "",
                P1, "", P2, "", P3, "", "Related", "",
                "— Jane Smith (@janesmith) November 3, 2024", "",
                "© 2024 Example News"), null);
        assertThat(d.published()).startsWith("2024-11-04T06:56");
        assertThat(d.publishedRaw()).startsWith("11/04/24 06:56 AM EST");
    }

    @Test
    void theRelatedBoxesDatesLoseToTheDatelineInTheBylinesLine() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "Sport", "",
                "North Korean Troops Engage in First Combat in Kursk", "",
                "By Jane Smith | Published 3:24 PM EST Nov 19, 2024 | 4 comments", "",
                P1, "", P2, "", P3, "", "More from World", "",
                "* Ukraine strikes a Russian airfield Nov 30, 2024",
                "* Talks on the grain corridor resume Nov 28, 2024",
                "* A new front opens in the north Nov 21, 2024", "",
                "Most read", "", "1. Markets fall on rate fears December 1, 2024",
                "2. Storm hits the coast November 29, 2024", "",
                "© 2024 Example News"), null);
        assertThat(d.published()).startsWith("2024-11-19");
        assertThat(d.publishedRaw()).startsWith("Nov 19, 2024");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en ; By Jane Smith · Updated Nov 20 2019 - 6:04am · Posted Nov 19 2019 - 3:00am ; 2019-11-19",
            "en ; Published 3:24 PM EST Nov 19, 2019 / Updated 5:10 PM EST Nov 20, 2019 ; 2019-11-19",
            "fr ; Publié le 19 novembre 2019 à 13h36 - Mis à jour le 20 novembre 2019 à 08h00 ; 2019-11-19",
            "de ; Von Hans Müller, aktualisiert am 20.11.2019, veröffentlicht am 19.11.2019 ; 2019-11-19",
            "pt ; Por Ana Souza, atualizado em 20/11/2019, publicado em 19/11/2019 ; 2019-11-19",
            "ko ; 입력 2019.11.19 15:24 수정 2019.11.20 09:10 ; 2019-11-19",
    })
    void aPublishedDateWinsOverAnUpdatedOneInItsLine(String language, String dateline, String day) {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "",
                "North Korean Troops Engage in First Combat in Kursk", "", dateline, "", P1, "", P2, "", P3), null);
        assertThat(d.published()).as(language).startsWith(day);
    }

    @Test
    void aRelativeDateIsResolvedAgainstTheFilesTimeAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.txt");
        List<String> lines = List.of("Home", "World", "", "North Korean Troops Engage in First Combat in Kursk", "",
                "2 hours ago", "", P1, "", P2, "", P3);
        Files.write(file, lines);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-21T12:00:00Z")));
        Dump dump = new Dump(new SourceFile(file, "page.txt"), "", 0, "UTF-8", DumpFormat.TEXT, lines, null);
        CleanedDocument d = cleaner.clean(dump, null);
        assertThat(d.published()).startsWith("2026-11-21");
        assertThat(d.publishedMethod()).isEqualTo(PublishedMethod.RELATIVE);
        assertThat(d.publishedRaw()).isEqualTo("2 hours ago");
        assertThat(d.publishedWhy()).contains("2026-11-21T12:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Yesterday 12:35PM | 9/11/13 10:00AM",
            "hier à 12h35 | 11 septembre 2013",
            "vor 2 Tagen | 11. September 2013",
    })
    void aRelativeDateIsNotReadAgainstATimeYearsAfterThePagesDates(String relative, String older, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("page.txt");
        List<String> lines = List.of("Home", "World", "", "North Korean Troops Engage in First Combat in Kursk", "",
                relative, "", P1, "", P2, "", P3, "", "Comments", "", "Jane Smith " + older, "Great story.");
        Files.write(file, lines);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-21T12:00:00Z")));
        Dump dump = new Dump(new SourceFile(file, "page.txt"), "", 0, "UTF-8", DumpFormat.TEXT, lines, null);
        CleanedDocument d = cleaner.clean(dump, null);
        assertThat(d.publishedMethod()).isNotEqualTo(PublishedMethod.RELATIVE);
        assertThat(d.published()).satisfiesAnyOf(p -> assertThat(p).isNull(), p -> assertThat(p).startsWith("2013-09-11"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "it | Black Friday per nostalgici: le occasioni da non perdere | 23 Nov 2017 | 2017-11-23",
            "pt | Como alfabetizar seus filhos em casa | Carlos Nadalim 27/09/2018 Comente! | 2018-09-27",
            "de | Neue Gespräche über den Getreidekorridor | Montag, 19. November 2019 | 2019-11-19",
    })
    void aDateBetweenTheHeadlineAndTheTextIsTheDatelineFarBelowTheHeadline(String language, String headline,
                                                                           String dateline, String day) {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "", headline, "", "3.409", "letture",
                "Nessun commento", "Share on Facebook", "Facebook", "Twitter", "Pinterest", "Email", "WhatsApp", "Reddit",
                "LinkedIn", "Telegram", "Print", "Save", "Film", "",
                dateline, "[photo-1024x723.jpg]", "", P1, "", P2, "", P3), null);
        assertThat(d.published()).as(language).startsWith(day);
    }

    @Test
    void noDateIsBetterThanAGuess() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Home", "World", "",
                "North Korean Troops Engage in First Combat in Kursk", "", P1, "", P2, "", P3), null);
        assertThat(d.published()).isNull();
        assertThat(d.publishedMethod()).isNull();
    }
}
