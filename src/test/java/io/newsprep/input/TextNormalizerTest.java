package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;

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
        String composed = "It’s “quoted” — 한국어 기사,日本語, Ελληνικά, ç and ñ, Новости › ━━ □ ™.\nSecond line.";
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

    @Test
    void everyCharacterTakenForAStarterIsNfcOnItsOwn() {
        for (char c = 0; c < '\uffff'; c++) {
            if (TextNormalizer.isNfcStarter(c) && !Character.isSurrogate(c)) {
                assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
            }
        }
        assertThat(TextNormalizer.isNfcStarter('\u2000')).isFalse();
        assertThat(TextNormalizer.isNfcStarter('\u0301')).isFalse();
    }

    @Test
    void mixedTextsOfStartersMarksAndJamoComeOutAsTheJdkNormalizesThem() {
        // starters of every kind next to what composes with the character before it, or reorders
        String pool = "ae\u00e9\u0301\u0323\u0308 \u2019\u2014\u2000\u2001\u2010"
                + "\u4e2d\u9fff\uac00\uac01\ud7a3\u1100\u1161\u11a8\u304b\u3099\u212b\uf900\u2126"
                + "\u0438\u0439\u0306\u2501\u2039\u0b47\u0b3e\u0928\u093c";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(8) + 1; j > 0; j--) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String s = text.toString();
            assertThat(TextNormalizer.normalize(s)).as(s).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
        }
    }
}
