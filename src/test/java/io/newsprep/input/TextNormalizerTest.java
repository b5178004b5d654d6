package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposedLettersAnywhereInTheTextComeOutComposed() {
        String decomposed = "It’s a café in Zu\u0308rich — \u1100\u1161 and 한국, then e\u0301.";
        String normalized = TextNormalizer.normalize(decomposed);
        assertThat(normalized).isEqualTo("It’s a café in Zürich — 가 and 한국, then é.")
                .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
    }

    @Test
    void textThatIsAlreadyComposedComesBackAsTheSameString() {
        String composed = "It’s “quoted” — 한국어 기사,日本語, Ελληνικά, ç and ñ.\nSecond line.";
        assertThat(TextNormalizer.normalize(composed)).isSameAs(composed);
    }

    @Test
    void aCombiningMarkAtTheVeryStartIsLeftAsNfcLeavesIt() {
        String leading = "\u0301abc";
        assertThat(TextNormalizer.normalize(leading)).isEqualTo(Normalizer.normalize(leading, Normalizer.Form.NFC));
    }

    @Test
    void lineEndsBecomeLineFeedsAndControlCharactersGo() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\u0007d\u0085e\ufeff")).isEqualTo("a\nb\ncde");
    }
}
