package io.newsprep.duplicate;

/** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole result. */
final class Mix {

    private Mix() {
    }

    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
