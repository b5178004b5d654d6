package io.newsprep.input;

/** Rejects content that is not text: known binary file signatures, more than a few NUL bytes, or many control bytes. */
final class BinarySniffer {

    private static final int SAMPLE = 65536;

    private BinarySniffer() {
    }

    /**
     * Rejects bytes that are not text; text may hold a few NUL bytes (at most one per thousand bytes, and at
     * least one allowed), which the caller drops.
     *
     * @return the number of NUL bytes in the whole content
     */
    static int check(byte[] b) throws RejectedDumpException {
        String signature = signature(b);
        if (signature != null) {
            throw binary("binary content (" + signature + " signature)");
        }
        int n = Math.min(b.length, SAMPLE);
        int controls = 0;
        int firstNul = -1;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                firstNul = firstNul < 0 ? i : firstNul;
            } else if (isControl(c)) {
                controls++;
            }
        }
        int nuls = 0;
        int nulsInSample = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                nuls++;
                nulsInSample += i < n ? 1 : 0;
            }
        }
        boolean manyControls = n >= 16 && (controls + nulsInSample) * 10 > n;
        if (nuls > Math.max(1, b.length / 1000) || manyControls && nulsInSample > 0) {
            throw binary("binary content (NUL bytes at offset " + (firstNul >= 0 ? firstNul : indexOfNul(b)) + ")");
        }
        if (manyControls) {
            throw binary("binary content (" + (controls * 100 / n) + "% control bytes)");
        }
        return nuls;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Control bytes that do not occur in text: everything below 0x20 except TAB, LF, FF, CR, ESC. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0c && c != 0x1b) || c == 0x7f;
    }

    private static String signature(byte[] b) {
        if (ByteSignature.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (ByteSignature.startsWith(b, 0xff, 0xd8, 0xff)) {
            return "JPEG image";
        }
        if (ByteSignature.startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (ByteSignature.startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "WebP image";
        }
        if (ByteSignature.startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF document";
        }
        if (ByteSignature.startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (ByteSignature.startsWith(b, 0x7f, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        return null;
    }

    static RejectedDumpException binary(String message) {
        return new RejectedDumpException(RejectReason.BINARY, message);
    }
}
