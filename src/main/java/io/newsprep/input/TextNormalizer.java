package io.newsprep.input;

import java.nio.CharBuffer;
import java.text.Normalizer;

/** Line ends to LF, Unicode NFC, no control characters other than TAB and LF, no byte order mark. */
final class TextNormalizer {

    /** {@link #isNfcStarter} per BMP character, derived once from the JDK's own character and normalisation tables. */
    private static final long[] STARTERS = starters();

    private TextNormalizer() {
    }

    static String normalize(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        // text made only of NFC starters (see isNfcStarter) is already NFC: nothing in it composes or decomposes
        boolean onlyStarters = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\u0300') {
                if (c != '\ufeff') {
                    onlyStarters = onlyStarters && isNfcStarter(c);
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
        if (onlyStarters || isNfc(cleaned)) {
            return cleaned;
        }
        return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /**
     * Whether the character is NFC on its own, has combining class 0 and never composes with the character
     * before it. Most pages are made only of such characters (letters of most scripts, punctuation, symbols,
     * box drawing, CJK, Hangul syllables) and need no check at all.
     */
    static boolean isNfcStarter(char c) {
        return c < '\u0300' || (STARTERS[c >>> 6] & (1L << c)) != 0;
    }

    private static long[] starters() {
        long[] bits = new long[1 << 10];
        for (int c = 0x300; c <= 0xFFFF; c++) {
            if (startsByTables((char) c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * Unicode marks a character that may compose with the one before it as NFC quick check "maybe": those are
     * combining marks and the Hangul vowel and final jamo. Any other character that is NFC on its own is a starter.
     * (U+2000 and U+2001, for example, are not NFC on their own: NFC turns them into U+2002 and U+2003.)
     */
    private static boolean startsByTables(char c) {
        if (c >= '\u4e00' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7a3') {
            return true; // CJK unified ideographs and Hangul syllables, spared 32,000 checks at start-up
        }
        if (Character.isSurrogate(c) || c >= '\u1160' && c <= '\u11ff') {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.UNASSIGNED
                && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
    }

    /**
     * Whether the text is NFC, checking only the runs of characters that are not {@link #isNfcStarter starters},
     * each with the character before it: nothing before a starter composes with it and it blocks reordering, so
     * the text is NFC exactly when each such run is.
     */
    private static boolean isNfc(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isNfcStarter(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !isNfcStarter(s.charAt(end))) {
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
