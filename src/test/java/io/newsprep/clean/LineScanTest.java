package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.text.Script;
import org.junit.jupiter.api.Test;

class LineScanTest {

    @Test
    void countsLatinLettersAndLengthOfMixedLines() {
        LineScan scan = new LineScan("Seoul 서울 2024!", null);
        assertThat(scan.letters[Script.LATIN.ordinal()]).isEqualTo(5);
        assertThat(scan.letters[Script.HANGUL.ordinal()]).isEqualTo(2);
        assertThat(scan.length).isEqualTo(12 + 2 * 2.0);
        assertThat(scan.words).isEqualTo(3);
    }
}
