package io.newsprep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void wordsAreLettersDigitsAndUnderscoresWithApostrophesInside() {
        assertThat(words("It's the U.S. café_bar, 2024 — naïve’s 'quoted' 서울시 𝐀𝐁 end'"))
                .containsExactly("It's", "the", "U", "S", "café_bar", "2024", "naïve’s", "quoted", "서울시", "𝐀𝐁", "end");
    }

    @Test
    void randomMixesOfAsciiAndOtherCharactersSplitAsTheDefinitionSays() {
        String alphabet = "aZ09_ -.,'’\t!é€ж서\u0301";
        String[] astral = {"𝐀", "😀"};
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                if (random.nextInt(10) == 0) {
                    s.append(astral[random.nextInt(astral.length)]);
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertThat(words(s.toString())).as(s.toString()).isEqualTo(byDefinition(s.toString()));
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Words.scan(text, (t, start, end) -> out.add(t.substring(start, end)));
        return out;
    }

    /** Code point by code point: letters, digits and underscores, and an apostrophe followed by a letter. */
    private static List<String> byDefinition(String text) {
        List<String> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean wordChar = Character.isLetterOrDigit(cp) || cp == '_';
            boolean innerApostrophe = (cp == '\'' || cp == '’') && word.length() > 0 && i + 1 < cps.length
                    && Character.isLetter(cps[i + 1]);
            if (wordChar || innerApostrophe) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}
