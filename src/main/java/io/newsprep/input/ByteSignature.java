package io.newsprep.input;

/** Whether a file's first bytes are a given signature (magic number, byte order mark). */
final class ByteSignature {

    private ByteSignature() {
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
