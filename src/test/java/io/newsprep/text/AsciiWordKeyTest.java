package io.newsprep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AsciiWordKeyTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String byPattern(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Test
    void givesWhatThePatternGivesForEveryAsciiLine() {
        List<String> lines = new ArrayList<>(List.of("", " ", "--", "  The Daily  News | Home ", "More in: U.S. >>",
                "(c) 2024 ACME-Corp.", "a", "\tTab\tand\u007fdel", "9to5Mac"));
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            char[] cs = new char[random.nextInt(12)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = (char) random.nextInt(0x80);
            }
            lines.add(new String(cs));
        }
        for (String line : lines) {
            assertEquals(byPattern(line), AsciiWordKey.of(line), line);
        }
    }

    @Test
    void leavesOtherLinesToTheGeneralPath() {
        assertNull(AsciiWordKey.of("Café"));
        assertNull(AsciiWordKey.of("News — today"));
    }
}
