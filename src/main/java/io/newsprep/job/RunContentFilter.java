package io.newsprep.job;

/**
 * The SHA-256s of the articles this run has written so far, as a Bloom filter of fixed size (1 MiB): "no"
 * is certain, "maybe" means the ledger must be asked. It spares the ledger a query per chunk on a first run
 * or a reprocessing, where only this run's own articles can be matched and nearly none are. The hashes are
 * SHA-256s already, so their bits serve as the filter's hash functions. With a few million articles in one
 * run the answer turns to "maybe" more often, which costs queries but never a wrong result.
 */
final class RunContentFilter {

    private static final int BITS_LOG2 = 23;
    private static final int HASHES = 3;
    private static final int HEX_PER_HASH = 6;

    private final long[] bits = new long[(1 << BITS_LOG2) / 64];

    void add(String sha256) {
        for (int h = 0; h < HASHES; h++) {
            int bit = bit(sha256, h);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mayContain(String sha256) {
        for (int h = 0; h < HASHES; h++) {
            int bit = bit(sha256, h);
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Bit h of the filter for a hash: 23 bits from its hex digits h*6 .. h*6+5. */
    private static int bit(String sha256, int h) {
        if (sha256.length() < HASHES * HEX_PER_HASH) {
            return sha256.hashCode() + h * 0x9E3779B9 & (1 << BITS_LOG2) - 1;
        }
        int v = 0;
        for (int i = h * HEX_PER_HASH; i < (h + 1) * HEX_PER_HASH; i++) {
            v = v << 4 | Character.digit(sha256.charAt(i), 16) & 0xF;
        }
        return v & (1 << BITS_LOG2) - 1;
    }
}
