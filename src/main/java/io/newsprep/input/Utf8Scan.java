package io.newsprep.input;

/**
 * One pass over bytes checking them as UTF-8, with the same acceptance as the JDK's strict decoder
 * (no overlongs, no surrogates, nothing above U+10FFFF). It tells apart a clean file, a file whose
 * last character was cut off, a mostly-UTF-8 file with a few bad bytes, and a file in another charset.
 */
record Utf8Scan(int validMultiByte, int invalidSequences, int firstInvalidOffset, int usableLength,
                long validMultiByteBytes, long invalidBytes) {

    boolean clean() {
        return invalidSequences == 0;
    }

    /**
     * Whether the bytes are UTF-8 with a few bad bytes: the valid multi-byte sequences make up at least three
     * quarters of the bytes that are not ASCII. Text in a legacy charset almost never forms valid sequences, so
     * even a handful of them outweighs the bad bytes around them.
     */
    boolean mostlyUtf8() {
        return validMultiByte > 0 && validMultiByteBytes >= 3 * invalidBytes;
    }

    static Utf8Scan of(byte[] b, int from) {
        int valid = 0;
        int invalid = 0;
        long validBytes = 0;
        long invalidBytes = 0;
        int firstInvalid = -1;
        int i = from;
        int n = b.length;
        int usable = n;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                invalid++;
                invalidBytes++;
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                i++;
                continue;
            }
            int j = 1;
            boolean ok = true;
            for (; j <= need; j++) {
                if (i + j >= n) {
                    break;
                }
                int t = b[i + j] & 0xff;
                int min = j == 1 ? lo : 0x80;
                int max = j == 1 ? hi : 0xbf;
                if (t < min || t > max) {
                    ok = false;
                    break;
                }
            }
            if (ok && j <= need) {
                // a well-formed start of a character that the end of the file cut off
                usable = i;
                break;
            }
            if (ok) {
                valid++;
                validBytes += need + 1;
                i += need + 1;
            } else {
                invalid++;
                invalidBytes += j;
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                i += j;
            }
        }
        return new Utf8Scan(valid, invalid, firstInvalid, usable, validBytes, invalidBytes);
    }
}
