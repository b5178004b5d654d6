package io.newsprep.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void countsRunsOfLettersAndDigitsInSpacedScripts() {
        assertThat(WordCounter.count("North Korea sent 3,500 soldiers.")).isEqualTo(6);
        assertThat(WordCounter.count("Войска КНДР вступили в бой")).isEqualTo(5);
        assertThat(WordCounter.count("  \n\n ")).isZero();
    }

    @Test
    void countsEachHanOrKanaCharacterAsAWord() {
        assertThat(WordCounter.count("東京都")).isEqualTo(3);
        assertThat(WordCounter.count("ニュース")).isEqualTo(4);
        assertThat(WordCounter.count("Tokyo 東京")).isEqualTo(3);
    }

    @Test
    void splitsThaiIntoItsWords() {
        // จังหวัด|เชียงใหม่|เตรียม|จัด|งาน, then โดย|คาด|ว่า after the space
        assertThat(WordCounter.count("จังหวัดเชียงใหม่เตรียมจัดงาน โดยคาดว่า")).isEqualTo(8);
        assertThat(WordCounter.count("Chiang Mai เชียงใหม่ 2026")).isEqualTo(4);
    }

    @Test
    void keepsCombiningMarksInsideTheirWord() {
        assertThat(WordCounter.count("नमस्ते दुनिया")).isEqualTo(2);
        assertThat(WordCounter.count("한국 뉴스")).isEqualTo(2);
    }

    @Test
    void asciiAndOtherLettersMakeOneWordWhenTheyTouch() {
        assertThat(WordCounter.count("café123 naïve-x")).isEqualTo(3);
        assertThat(WordCounter.count("e\u0301x a_b")).isEqualTo(3);
        assertThat(WordCounter.count("Seoul서울 2024년")).isEqualTo(2);
    }
}
