package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patterns that {@link FeatureExtractor} tries on every line, whatever its length, read each character of a
 * line a bounded number of times: a pattern that starts again from every position of a long token would read it
 * quadratically often, and a page of such tokens would hold up a whole run. The cost is counted in characters read,
 * which does not depend on the machine.
 */
class LinePatternCostTest {

    private static final int LENGTH = 20_000;
    /** Reads per character allowed; the bounded name before a top-level domain costs up to about 250. */
    private static final int READS_PER_CHAR = 400;

    /** Counts the characters a matcher reads. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@", "a@b.", "x", "a.comx", "a.", "www.a", "ab ", "a@ ", "1.a@"})
    void theAddressPatternsReadALongLineABoundedNumberOfTimes(String unit) {
        for (String line : List.of(unit.repeat(LENGTH / unit.length()),
                unit.repeat(LENGTH / unit.length()) + "@x!",
                "x".repeat(LENGTH / 2) + unit.repeat(LENGTH / 2 / unit.length()))) {
            for (Pattern p : List.of(FeatureExtractor.URL, FeatureExtractor.EMAIL)) {
                CountingText text = new CountingText(line);
                var m = p.matcher(text);
                while (m.find()) {
                    // every match, as a replacement would
                }
                assertThat(text.reads).as("%s on %d × '%s'", p, line.length(), unit)
                        .isLessThanOrEqualTo((long) READS_PER_CHAR * line.length());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe jane.doe@example.com", "mailto:jane@news.co.uk", "(jane@example.org)",
            "Reporter Kim kim@asiae.co.kr", "a@b@c.com"})
    void theyStillFindAddresses(String line) {
        assertThat(FeatureExtractor.EMAIL.matcher(line).find()).isTrue();
        assertThat(FeatureExtractor.URL.matcher("Read more at " + line.substring(line.indexOf('@') + 1)).find())
                .isTrue();
    }
}
