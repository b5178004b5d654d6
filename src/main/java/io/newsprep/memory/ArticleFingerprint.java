package io.newsprep.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two dumps the same article of one publisher for counting purposes: the publisher and the
 * article's three longest lines, folded and with numbers masked. A page crawled again with a new timestamp,
 * view count or ad has other bytes but the same fingerprint, so its headline and lines are not counted as
 * recurring across the publisher's pages; the same wire story at two publishers counts for both.
 */
public final class ArticleFingerprint {

    private static final int LINES = 3;

    private ArticleFingerprint() {
    }

    /** Hex SHA-256 of the publisher and the longest lines; the same for every copy of one article. */
    public static String of(String source, List<String> lines) {
        String key = source + "\n" + String.join("\n", lines.stream()
                .map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(LINES)
                .map(l -> l.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\p{Nd}+", "0"))
                .toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
