package io.newsprep.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineKeyTest {

    @Test
    void aKeyIsLowerCaseWithoutBulletEdgePunctuationOrRepeatedSpaces() {
        assertThat(LineKey.of("  • Most   Read:  ")).isEqualTo("most read");
        assertThat(LineKey.of("- Related\u00a0Stories »")).isEqualTo("related stories");
        assertThat(LineKey.of("Share on X", "share on x")).isEqualTo("share on x");
    }

    @Test
    void aKeyKeepsNumbersWhichAShapeMasks() {
        assertThat(LineKey.of("Updated 3 March 2024")).isEqualTo("updated 3 march 2024");
        assertThat(LineShape.of("Updated 3 March 2024")).isEqualTo("updated 0 <month> 0");
    }

    @Test
    void foldingCollapsesWhiteSpaceAndNumbersOfAnyScript() {
        StringBuilder out = new StringBuilder();
        LineKey.fold("a \t\n b 12,304 views\u00a0today ١٢٣ 𝟏𝟐 x\r\fy", out);

        // U+00A0 is not white space here; Arabic-Indic and mathematical digits are numbers
        assertThat(out).hasToString("a b 0,0 views\u00a0today 0 0 x y");
    }
}
