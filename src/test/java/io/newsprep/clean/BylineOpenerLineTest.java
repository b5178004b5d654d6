package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.text.Alternation;
import io.newsprep.text.ResourceTable;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link BylineChooser#opensNames} tells a line above the names ("By", "Written on Mar 27 by") without a pattern
 * that starts again at every character of a long run of spaces: on random lines made of openers, spaces, colons and
 * letters it gives what the patterns it replaces give.
 */
class BylineOpenerLineTest {

    private static final String CUES = BylineParser.RESOURCE;

    private final BylineChooser chooser = BylineChooser.fromResources();
    private final Set<String> openers = new HashSet<>(ResourceTable.words(CUES, "prefix"));
    private final Pattern endsWithOpener = Pattern.compile("(?iu)^.{0,40}\\s(?:"
            + Alternation.of(ResourceTable.words(CUES, "after-date")) + ")\\s*:?$");

    {
        openers.addAll(ResourceTable.words(CUES, "label"));
    }

    private boolean byPatterns(String line) {
        return openers.contains(line.strip().toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", ""))
                || endsWithOpener.matcher(line.strip()).matches();
    }

    @Test
    void randomLinesGiveWhatThePatternsGive() {
        List<String> words = new java.util.ArrayList<>(openers);
        words.addAll(ResourceTable.words(CUES, "after-date"));
        List<String> pieces = List.of(" ", "  ", ":", " :", "\t", "\u00a0", "\u0085", "\u2028", "Mar 27", "Written on",
                "ΑΣ", "İ", "x", "BY", "By", "Autor", "2019", " ".repeat(300), "\n", "\r\n");
        Random random = new Random(23);
        int opening = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    String w = words.get(random.nextInt(words.size()));
                    line.append(random.nextInt(3) == 0 ? w.toUpperCase(Locale.ROOT) : w);
                } else {
                    line.append(pieces.get(random.nextInt(pieces.size())));
                }
            }
            String l = line.toString();
            boolean expected = byPatterns(l);
            opening += expected ? 1 : 0;
            assertThat(chooser.opensNames(l)).as("'%s'", l).isEqualTo(expected);
        }
        assertThat(opening).isGreaterThan(1_000);
    }

    @Test
    void aLongRunOfSpacesIsNoOpener() {
        assertThat(chooser.opensNames("[" + " ".repeat(5_000) + "]")).isFalse();
        assertThat(chooser.opensNames("Written on Mar 27 by" + " ".repeat(5_000) + ":")).isTrue();
    }
}
