package io.newsprep.input;

import java.util.Locale;

/** Human-readable byte counts for messages: "41.9 MB", "20 MB", "812 bytes". */
public final class SizeFormat {

    private SizeFormat() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return trim(kb) + " KB";
        }
        double mb = kb / 1024.0;
        if (mb < 1024) {
            return trim(mb) + " MB";
        }
        return trim(mb / 1024.0) + " GB";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
