package io.newsprep.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The cue nearest before a date says whether it is the publication or a later change, in many languages. */
class DateCuesTest {

    private static final DateCues CUES = DateCues.fromResources();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "By Jane Smith | Published ; PUBLISHED",
            "Updated Nov 20 2019 - 6:04am · Posted ; PUBLISHED",
            "Posted Nov 19 2019 · Last updated ; UPDATED",
            "Publié le 19 novembre 2019 - Mis à jour le ; UPDATED",
            "Veröffentlicht am ; PUBLISHED",
            "Atualizado em ; UPDATED",
            "Publicado el ; PUBLISHED",
            "Pubblicato il ; PUBLISHED",
            "Opublikowano: ; PUBLISHED",
            "Опубликовано: ; PUBLISHED",
            "Обновлено ; UPDATED",
            "기사입력 :[ ; PUBLISHED",
            "입력 2019.11.19 15:24 수정 ; UPDATED",
            "公開日： ; PUBLISHED",
            "最終更新 ; UPDATED",
            "发布时间： ; PUBLISHED",
            "Diperbarui ; UPDATED",
    })
    void readsTheLastCue(String before, DateCues.Kind kind) {
        assertThat(CUES.last(before)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"By Jane Smith", "Reposting is welcome", "Home"})
    void findsNoCueInOtherWords(String before) {
        assertThat(CUES.last(before)).isNull();
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Fred Willard arrives at BritWeek in this April 26, 2011 file photo.",
            "Prince Andrew attends the festival in London, November 9, 2019. Chris Jackson/Pool via REUTERS",
            "Le président à Paris, le 9 novembre 2019. Photo : AFP",
            "Die Kanzlerin in Berlin am 9. November 2019. Foto: dpa",
            "Президент в Москве 9 ноября 2019 года. Фото: ТАСС",
            "2019년 11월 9일 서울 광화문 광장. 사진 연합뉴스",
            "2019年11月9日、東京で（写真）",
    })
    void tellsAPhotoCaption(String line) {
        assertThat(CUES.holds(line, DateCues.Kind.CAPTION)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "By Jane Smith | Published November 9, 2019",
            "Publié le 9 novembre 2019 à 15:20",
            "Photographers gathered on November 9, 2019",
            "입력 2019.11.19 15:24",
    })
    void findsNoCaptionInADateline(String line) {
        assertThat(CUES.holds(line, DateCues.Kind.CAPTION)).isFalse();
    }
}
