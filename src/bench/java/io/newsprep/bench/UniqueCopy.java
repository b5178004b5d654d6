package io.newsprep.bench;

import java.nio.charset.StandardCharsets;

/**
 * Makes one copy of a template differ from every other copy by an ASCII token, so that content-hash
 * duplicate detection treats each copy as a new document. The token goes where article text is most likely
 * to be, so that it survives cleaning: at the end of the longest line of a text dump, or inside the last
 * paragraph of an HTML page. Works on bytes, so the template's encoding is left as it is.
 */
final class UniqueCopy {

    private static final byte[] PARAGRAPH_END = "</p>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private UniqueCopy() {
    }

    static String token(long copy) {
        return " (ref " + copy + ")";
    }

    /**
     * A token that also spells the number in letters: the article fingerprint of the per-publisher memory
     * ignores digits, so only such copies count as distinct articles there, as the pages of a real landing
     * folder do.
     */
    static String distinctToken(long copy) {
        StringBuilder letters = new StringBuilder();
        long n = copy;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return " (ref " + copy + " " + letters.reverse() + ")";
    }

    static byte[] ofText(byte[] template, String token) {
        return insert(template, endOfLongestLine(template), token);
    }

    static byte[] ofHtml(byte[] template, String token) {
        int at = lastIndexOfIgnoreCase(template, PARAGRAPH_END);
        if (at < 0) {
            at = lastIndexOfIgnoreCase(template, BODY_END);
        }
        if (at < 0) {
            at = template.length;
        }
        return insert(template, at, token);
    }

    static int endOfLongestLine(byte[] text) {
        int bestEnd = text.length;
        int bestLength = -1;
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length || text[i] == '\n') {
                int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (end - start > bestLength) {
                    bestLength = end - start;
                    bestEnd = end;
                }
                start = i + 1;
            }
        }
        return bestEnd;
    }

    private static int lastIndexOfIgnoreCase(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (Character.toLowerCase(haystack[i + j]) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] insert(byte[] template, int at, String token) {
        byte[] insert = token.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = new byte[template.length + insert.length];
        System.arraycopy(template, 0, copy, 0, at);
        System.arraycopy(insert, 0, copy, at, insert.length);
        System.arraycopy(template, at, copy, at + insert.length, template.length - at);
        return copy;
    }
}
