package io.newsprep.clean;

import java.time.LocalDate;
import java.util.Map;

/**
 * A date the dateline chooser found in a line: the line's index and text, the day, and the features its score adds up
 * (names as in {@code clean/dateline-weights.tsv}).
 */
public record DateCandidate(int line, String text, LocalDate day, Map<String, Double> features) {
}
