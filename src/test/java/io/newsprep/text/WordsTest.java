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
    void vowelSignsAndJoinersStayInTheirWord() {
        assertThat(words("राजस्थान की राजधानी में")).containsExactly("राजस्थान", "की", "राजधानी", "में");
        assertThat(words("মেলায় কিছু সমস্যাও")).containsExactly("মেলায়", "কিছু", "সমস্যাও");
        assertThat(words("می\u200Cگویند سال\u200Cها \u200Cاز")).containsExactly("می\u200Cگویند", "سال\u200Cها", "از");
    }

    @Test
    void randomMixesOfAsciiAndOtherCharactersSplitAsTheDefinitionSays() {
        String alphabet = "aZ09_ -.,'’\t!é€ж서\u0301कि\u200C";
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

    /**
     * Code point by code point: letters, digits and underscores, combining marks after them, and an apostrophe or
     * zero-width (non-)joiner followed by a letter.
     */
    private static List<String> byDefinition(String text) {
        List<String> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            boolean wordChar = Character.isLetterOrDigit(cp) || cp == '_' || mark && word.length() > 0;
            boolean innerApostrophe = (cp == '\'' || cp == '’' || cp == 0x200C || cp == 0x200D) && word.length() > 0 && i + 1 < cps.length
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
