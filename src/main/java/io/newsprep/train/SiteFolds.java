package io.newsprep.train;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The fold of a page's site (the URL's host), so that held-out pages come from sites the fit has not seen. */
final class SiteFolds {

    static final int COUNT = 5;

    private SiteFolds() {
    }

    /** The fold of a host by its hash code, or of the page's id when it has no host. */
    static int byHashCode(String host, String id) {
        String key = host != null ? host : id;
        return Math.floorMod(key.hashCode() * 31 + 7, COUNT);
    }

    /** The fold of a host by the first bytes of its SHA-256. */
    static int bySha256(String host) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(host.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, h).mod(BigInteger.valueOf(COUNT)).intValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
