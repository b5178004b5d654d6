package io.newsprep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsRunsOfLettersAndDigitsInSpacedScripts() {
        assertThat(Words.count("North Korea sent 3,500 soldiers.")).isEqualTo(6);
        assertThat(Words.count("Войска КНДР вступили в бой")).isEqualTo(5);
        assertThat(Words.count("  \n\n ")).isZero();
    }

    @Test
    void countsEachHanKanaOrThaiCharacterAsAWord() {
        assertThat(Words.count("東京都")).isEqualTo(3);
        assertThat(Words.count("ニュース")).isEqualTo(4);
        assertThat(Words.count("Tokyo 東京")).isEqualTo(3);
    }

    @Test
    void keepsCombiningMarksInsideTheirWord() {
        assertThat(Words.count("नमस्ते दुनिया")).isEqualTo(2);
        assertThat(Words.count("한국 뉴스")).isEqualTo(2);
    }

    @Test
    void asciiAndOtherLettersMakeOneWordWhenTheyTouch() {
        assertThat(Words.count("café123 naïve-x")).isEqualTo(3);
        assertThat(Words.count("e\u0301x a_b")).isEqualTo(3);
        assertThat(Words.count("Seoul서울 2024년")).isEqualTo(2);
    }

    @Test
    void splitsThaiIntoItsWords() {
        // จังหวัด|เชียงใหม่|เตรียม|จัด|งาน, then โดย|คาด|ว่า after the space
        assertThat(Words.count("จังหวัดเชียงใหม่เตรียมจัดงาน โดยคาดว่า")).isEqualTo(8);
        assertThat(Words.count("Chiang Mai เชียงใหม่ 2026")).isEqualTo(4);
    }
}
