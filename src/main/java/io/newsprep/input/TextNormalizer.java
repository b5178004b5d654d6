package io.newsprep.input;

import java.nio.CharBuffer;
import java.text.Normalizer;

/** Line ends to LF, Unicode NFC, no control characters other than TAB and LF, no byte order mark. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        // text without any character from U+0300 on is already NFC: nothing in it composes or decomposes
        boolean belowCombiningMarks = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u0300') {
                belowCombiningMarks = false;
                if (c != '\ufeff') {
                    continue;
                }
            } else if (c == '\t' || c == '\n' || c >= 0x20 && (c < 0x7f || c > 0x9f)) {
                continue;
            }
            // removed, or a carriage return: copy what came before it in one piece
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copied, i);
            if (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n')) {
                out.append('\n');
            }
            copied = i + 1;
        }
        String cleaned = out == null ? s : out.append(s, copied, n).toString();
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
