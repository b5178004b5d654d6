package io.newsprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UniqueCopyTest {

    @Test
    void textCopyAppendsTheTokenToTheLongestLine() {
        byte[] template = "Menu\r\nThe longest line of the article body.\r\nShare\r\n".getBytes(StandardCharsets.UTF_8);

        String copy = new String(UniqueCopy.ofText(template, UniqueCopy.token(42)), StandardCharsets.UTF_8);

        assertThat(copy).isEqualTo("Menu\r\nThe longest line of the article body. (ref 42)\r\nShare\r\n");
    }

    @Test
    void textCopyWithoutLineBreakAppendsAtTheEnd() {
        String copy = new String(UniqueCopy.ofText("only line".getBytes(StandardCharsets.UTF_8), UniqueCopy.token(7)), StandardCharsets.UTF_8);

        assertThat(copy).isEqualTo("only line (ref 7)");
    }

    @Test
    void htmlCopyPutsTheTokenInsideTheLastParagraph() {
        byte[] page = "<html><body><P>first</P><p>last</p><footer>x</footer></body></html>".getBytes(StandardCharsets.UTF_8);

        String copy = new String(UniqueCopy.ofHtml(page, UniqueCopy.token(3)), StandardCharsets.UTF_8);

        assertThat(copy).isEqualTo("<html><body><P>first</P><p>last (ref 3)</p><footer>x</footer></body></html>");
    }

    @Test
    void htmlCopyWithoutParagraphsUsesTheEndOfTheBody() {
        String copy = new String(UniqueCopy.ofHtml("<body>text</BODY>".getBytes(StandardCharsets.UTF_8), UniqueCopy.token(5)), StandardCharsets.UTF_8);

        assertThat(copy).isEqualTo("<body>text (ref 5)</BODY>");
    }

    @Test
    void keepsNonAsciiBytesIntact() {
        byte[] template = "Überschrift\nein längerer Absatz über Äpfel\n".getBytes(StandardCharsets.UTF_8);

        String copy = new String(UniqueCopy.ofText(template, UniqueCopy.token(1)), StandardCharsets.UTF_8);

        assertThat(copy).isEqualTo("Überschrift\nein längerer Absatz über Äpfel (ref 1)\n");
    }

    @Test
    void distinctCopiesDifferInLettersAsWellAsDigits() {
        assertThat(UniqueCopy.distinctToken(0)).isEqualTo(" (ref 0 a)");
        assertThat(UniqueCopy.distinctToken(27)).isEqualTo(" (ref 27 bb)");
        // with digits masked, as the article fingerprint masks them, two tokens still differ
        assertThat(UniqueCopy.distinctToken(5).replaceAll("\\d+", "0"))
                .isNotEqualTo(UniqueCopy.distinctToken(6).replaceAll("\\d+", "0"));
    }
}
