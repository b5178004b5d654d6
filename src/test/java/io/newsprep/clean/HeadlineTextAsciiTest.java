package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class HeadlineTextAsciiTest {

    /** normalise as first written: NFKC, lower case, letters, digits and marks, one space between runs. */
    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().stripTrailing();
    }

    @Test
    void everyAsciiCharacterIsNormalisedAsTheUnicodePathDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c).append("Ab1 ");
            assertThat(HeadlineText.normalise("x" + c + "Y")).isEqualTo(reference("x" + c + "Y"));
        }
        assertThat(HeadlineText.normalise(all.toString())).isEqualTo(reference(all.toString()));
        for (String s : new String[] {"", "  ", "--", "Hello, World!  ", " (AP) -- U.S. 2024", "Café ﬁnal", "東京 News"}) {
            assertThat(HeadlineText.normalise(s)).as(s).isEqualTo(reference(s));
        }
    }
}
