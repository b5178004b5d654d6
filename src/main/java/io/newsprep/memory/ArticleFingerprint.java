package io.newsprep.memory;

import io.newsprep.text.LineKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two dumps the same article of one publisher for counting purposes: the publisher and the
 * article's three longest lines, folded ({@link LineKey#fold}). A page crawled again with a new timestamp,
 * view count or ad has other bytes but the same fingerprint, so its headline and lines are not counted as
 * recurring across the publisher's pages; the same wire story at two publishers counts for both.
 */
public final class ArticleFingerprint {

    private static final int LINES = 3;
    /** Longer first, then in natural order. */
    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    private ArticleFingerprint() {
    }

    /** Hex SHA-256 of the publisher and the longest lines; the same for every copy of one article. */
    public static String of(String source, List<String> lines) {
        StringBuilder key = new StringBuilder(source).append('\n');
        List<String> longest = longest(lines);
        for (int i = 0; i < longest.size(); i++) {
            LineKey.fold(longest.get(i).toLowerCase(Locale.ROOT), i == 0 ? key : key.append('\n'));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@value #LINES} longest stripped lines, longest first, without sorting them all. */
    private static List<String> longest(List<String> lines) {
        String[] top = new String[LINES];
        int count = 0;
        for (String line : lines) {
            String s = line.strip();
            if (count == LINES && LONGEST_FIRST.compare(s, top[LINES - 1]) >= 0) {
                continue;
            }
            int at = count < LINES ? count++ : LINES - 1;
            while (at > 0 && LONGEST_FIRST.compare(s, top[at - 1]) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = s;
        }
        return Arrays.asList(top).subList(0, count);
    }
}
