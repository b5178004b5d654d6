package io.newsprep.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The site-name candidates split a line into parts and trim a name's bullets without patterns that start again at
 * every character of a long run of spaces; on random lines of spaces, separators, bullets and words they give what
 * the plain patterns give.
 */
class SiteNameLinePatternTest {

    private static final Pattern PLAIN_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|«|·)\\s+|\\s*\\|\\s*");
    private static final List<String> PIECES = List.of(" ", "  ", "\t", "|", " | ", "-", " - ", "–", "—", "::", " :: ",
            "»", "«", "·", ":", "]", "[", "*", "•", "□", "◦", "+", ">", "\n", "\r\n", "\u0085", "\u2028", "\u00a0",
            "News", "The Daily Post", "a", "x y", " ".repeat(60));

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            line.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return line.toString();
    }

    @Test
    void linesSplitAsThePlainSeparatorSplitsThem() {
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            String line = randomLine(random);
            assertThat(SiteNameCandidates.SEPARATOR.split(line)).as("'%s'", line)
                    .containsExactly(PLAIN_SEPARATOR.split(line));
        }
    }

    @Test
    void theKeptSpanIsNeverLongerThanTheNameWithoutBullets() {
        Random random = new Random(57);
        for (int i = 0; i < 20_000; i++) {
            String line = randomLine(random);
            String name = SiteNameCandidates.BULLET.matcher(line).replaceAll("").strip();
            assertThat(SiteNameCandidates.keptSpan(line)).as("'%s'", line).isLessThanOrEqualTo(name.length());
        }
    }
}
