package io.newsprep.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationTest {

    @Test
    void wordsAreTakenLiterally() {
        Pattern p = Pattern.compile("^(?:" + Alternation.of(List.of("s.a", "n.v")) + ")$");
        assertThat(p.matcher("s.a").matches()).isTrue();
        assertThat(p.matcher("sxa").matches()).isFalse();
    }

    @Test
    void boundsGoAroundEveryWord() {
        Pattern p = Pattern.compile(Alternation.of(List.of("and", "und"), "\\b", "\\b"));
        assertThat(p.matcher("Jane and John").find()).isTrue();
        assertThat(p.matcher("Sandy Hundt").find()).isFalse();
    }
}
