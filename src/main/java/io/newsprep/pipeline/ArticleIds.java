package io.newsprep.pipeline;

/**
 * Article ids are the first 16 hex digits of the dump's SHA-256: stable across runs, short enough to read. Document
 * ids ({@code doc_id}) are the first 16 hex digits of the SHA-256 of the document's address key (its path relative
 * to the input folder, {@code path#offset} for a record of a file of many): the same for every version of a
 * document, whatever its content.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String fromAddress(String addressKey) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(addressKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String fromSha256(String sha256Hex) {
        return sha256Hex.substring(0, 16);
    }
}
