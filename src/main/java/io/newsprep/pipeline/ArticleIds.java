package io.newsprep.pipeline;

/** Article ids are the first 16 hex digits of the dump's SHA-256: stable across runs, short enough to read. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String fromSha256(String sha256Hex) {
        return sha256Hex.substring(0, 16);
    }
}
