package io.newsprep.tag;

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
    /** Words whose Malay and Indonesian forms differ (kerana/karena, wang/uang, syarikat/perusahaan...). */
    private static final Set<String> MALAY = Set.of("kerana", "boleh", "wang", "kerajaan", "syarikat", "mahkamah",
            "sahaja", "berkata", "semalam", "bahawa", "iaitu", "pejabat", "jabatan", "persekutuan", "ringgit",
            "sebarang", "polis", "kenyataan");
    private static final Set<String> INDONESIAN = Set.of("karena", "bisa", "uang", "pemerintah", "perusahaan",
            "pengadilan", "saja", "mengatakan", "bahwa", "kemarin", "yaitu", "kantor", "rupiah", "polisi",
            "pernyataan", "provinsi");

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
