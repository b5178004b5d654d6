package io.newsprep.language;

import io.newsprep.text.ResourceTable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Indonesian and Malay share most of their vocabulary and the model confuses them. News in
 * Indonesian is far more common in the folders newsprep reads, so Indonesian is the answer unless
 * words that Malay spells differently clearly outnumber their Indonesian counterparts.
 */
final class MalayOrIndonesian {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Words whose Malay and Indonesian forms differ, from {@value #WORDS}. */
    static final String WORDS = "/clean/malay-indonesian.tsv";
    private static final Set<String> MALAY = Set.copyOf(ResourceTable.words(WORDS, "ms"));
    private static final Set<String> INDONESIAN = Set.copyOf(ResourceTable.words(WORDS, "id"));

    private MalayOrIndonesian() {
    }

    static String decide(String text) {
        int malay = 0;
        int indonesian = 0;
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (MALAY.contains(w)) {
                malay++;
            } else if (INDONESIAN.contains(w)) {
                indonesian++;
            }
        }
        return malay >= 3 && malay > 2 * indonesian ? "ms" : "id";
    }
}
