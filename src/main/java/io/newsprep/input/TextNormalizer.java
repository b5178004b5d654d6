package io.newsprep.input;

import java.text.Normalizer;

/** Line ends to LF, Unicode NFC, no control characters other than TAB and LF, no byte order mark. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        StringBuilder out = null;
        int n = s.length();
        // text without any character from U+0300 on is already NFC: nothing in it composes or decomposes
        boolean belowCombiningMarks = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean keep;
            char replacement = 0;
            if (c >= '\u0300') {
                belowCombiningMarks = false;
                keep = c != '\ufeff';
            } else if (c == '\r') {
                keep = false;
                if (i + 1 >= n || s.charAt(i + 1) != '\n') {
                    replacement = '\n';
                }
            } else {
                keep = c == '\t' || c == '\n' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
            }
            if (!keep && out == null) {
                out = new StringBuilder(n);
                out.append(s, 0, i);
            }
            if (out != null) {
                if (keep) {
                    out.append(c);
                } else if (replacement != 0) {
                    out.append(replacement);
                }
            }
        }
        String cleaned = out == null ? s : out.toString();
        if (belowCombiningMarks || Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)) {
            return cleaned;
        }
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b') {
                return false;
            }
        }
        return true;
    }
}
