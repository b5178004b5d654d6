package io.newsprep.train;

import java.util.Locale;
import java.util.Map;

/** The text of a weights file: a comment header, then one name, a tab and the weight a line, in the map's order. */
final class WeightsFile {

    private WeightsFile() {
    }

    /** The file with the weights written by {@code format} (such as "%.3f"); the header ends with a line break. */
    static String text(String header, Map<String, Double> weights, String format) {
        StringBuilder sb = new StringBuilder(header);
        weights.forEach((k, v) -> sb.append(k).append('\t').append(String.format(Locale.ROOT, format, v)).append('\n'));
        return sb.toString();
    }
}
