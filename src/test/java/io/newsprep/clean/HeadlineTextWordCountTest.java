package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextWordCountTest {

    @Test
    void countsTheWordsThatWordsOfFormMakes() {
        String[] texts = {"", " ", "Marathon records fall in the heat", "  two   spaces  ", "东京 奥运会 news",
                "東京オリンピック 2020 開幕", "a", "한국 뉴스", "mixed 中文words here", "𠀀𠀁 surrogate pair"};
        for (String text : texts) {
            String form = HeadlineText.normalise(text);
            assertThat(HeadlineText.wordCountOfForm(form)).as(form).isEqualTo(HeadlineText.wordsOfForm(form).size());
            assertThat(HeadlineText.wordCountOfForm(text)).as(text).isEqualTo(HeadlineText.wordsOfForm(text).size());
        }
    }

    @Test
    void anIdeographicRunIsOneWordPerCharacter() {
        assertThat(HeadlineText.wordCountOfForm("东京奥运会 news")).isEqualTo(6);
        assertThat(HeadlineText.wordCountOfForm("the heat")).isEqualTo(2);
    }
}
