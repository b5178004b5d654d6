package io.newsprep.input;

import java.nio.CharBuffer;
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
        if (belowCombiningMarks || isNfc(cleaned)) {
            return cleaned;
        }
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * Whether the text is NFC, checking only the runs of characters from U+0300 on, each with the character
     * before it: every character below U+0300 is a starter that nothing before it composes with, so the text
     * is NFC exactly when each such run is. A page of English with a few curly quotes then costs a few tiny
     * checks instead of one over the whole page.
     */
    private static boolean isNfc(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) < '\u0300') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && s.charAt(end) >= '\u0300') {
                end++;
            }
            if (!Normalizer.isNormalized(CharBuffer.wrap(s, Math.max(0, i - 1), end), Normalizer.Form.NFC)) {
                return false;
            }
            i = end;
        }
        return true;
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
