package io.newsprep.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineShapeTest {

    @Test
    void datesTimesAndNumbersDoNotMakeLinesDifferent() {
        assertThat(LineShape.of("Updated 12:30, 3 March 2024")).isEqualTo(LineShape.of("Updated 09:15, 4 April 2024"));
        assertThat(LineShape.of("Mon, Jan 6 2025")).isEqualTo(LineShape.of("Fri, Dec 19 2024"));
        assertThat(LineShape.of("Hearts 0 | Share")).isEqualTo(LineShape.of("Hearts 128 | Share"));
    }

    @Test
    void monthsOfEveryLanguageInTheMonthListAreMasked() {
        assertThat(LineShape.of("Aktualisiert am 3. März 2024")).isEqualTo(LineShape.of("Aktualisiert am 14. Mai 2024"));
        assertThat(LineShape.of("Atualizado em 3 de março de 2024")).isEqualTo("atualizado em 0 de <month> de 0");
        assertThat(LineShape.of("обновлено 5 мая 2024")).isEqualTo("обновлено 0 <month> 0");
    }

    @Test
    void caseAndSpacingDoNotMakeLinesDifferent() {
        assertThat(LineShape.of("  Weekly   Digest\tClub ")).isEqualTo(LineShape.of("weekly digest club"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(LineShape.of("Staff picks this week")).isNotEqualTo(LineShape.of("Reader picks this week"));
    }

    @Test
    void longLinesBlankLinesAndLinesWithoutLettersHaveNoShape() {
        assertThat(LineShape.of("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty twenty-one")).isNull();
        assertThat(LineShape.of("x".repeat(LineShape.MAX_CHARS + 1))).isNull();
        assertThat(LineShape.of("   ")).isNull();
        assertThat(LineShape.of("12 | 34 — 2024")).isNull();
        assertThat(LineShape.of(null)).isNull();
    }

    @Test
    void linesOfScriptsWithoutSpacesHaveAShape() {
        assertThat(LineShape.of("많이 본 뉴스")).isEqualTo("많이 본 뉴스");
        assertThat(LineShape.of("亚洲经济 2024年3月4日")).isEqualTo(LineShape.of("亚洲经济 2025年11月22日"));
    }
}
