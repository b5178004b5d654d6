package io.newsprep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BulletPrefixTest {

    private static final Pattern BULLET = Pattern.compile("^(?:[•*+□o·>»◦▪‣-]\\s+|[\\[\\]]\\s*)+");
    /** Bullet marks, brackets, ASCII and other whitespace, letters: what the scan has to tell apart. */
    private static final String ALPHABET = "•*+□o·>»◦▪‣-[] \t\n\u000B\f\r\u00A0\u2003aOx1.";

    private static int byPattern(String line) {
        Matcher m = BULLET.matcher(line);
        return m.find() ? m.end() : 0;
    }

    @Test
    void findsWhatThePatternFinds() {
        List<String> lines = new ArrayList<>(List.of("", "• Home", "- - News", "[ ] Sport", "o outline", "opinion",
                "» World »", "-5 degrees", "*\u00A0Bold", "[World]", "  • indented"));
        Random random = new Random(11);
        for (int i = 0; i < 20000; i++) {
            char[] cs = new char[random.nextInt(10)];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            lines.add(new String(cs));
        }
        for (String line : lines) {
            assertEquals(byPattern(line), BulletPrefix.length(line), line);
            assertEquals(BULLET.matcher(line).find(), BulletPrefix.startsWithOne(line), line);
            assertEquals(BULLET.matcher(line).replaceFirst(""), BulletPrefix.without(line), line);
        }
    }

    @Test
    void readsAMenuItem() {
        assertEquals("Politics", BulletPrefix.without("• [ Politics"));
        assertEquals("-5 degrees", BulletPrefix.without("-5 degrees"));
    }
}
