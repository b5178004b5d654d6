package io.newsprep.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a dump's bytes become text: byte order mark, then strict UTF-8, then (for HTML) the
 * declared charset, then a guess among legacy charsets. Bytes that are UTF-8 but for a few bad sequences stay
 * UTF-8, the bad bytes replaced by U+FFFD and counted. Also rejects binary content.
 */
final class CharsetDecider {

    /** Share of replaced characters up to which a mostly-UTF-8 file is repaired rather than rejected. */
    private static final double MAX_REPAIR_SHARE = 0.01;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    DecodedText decode(byte[] b) throws RejectedDumpException {
        return decode(b, null);
    }

    /**
     * @param declared the charset the bytes came with (an HTTP Content-Type), or null; taken before the page's own
     *                 declaration when the bytes are not UTF-8
     */
    DecodedText decode(byte[] b, String declared) throws RejectedDumpException {
        if (ByteSignature.startsWith(b, 0xef, 0xbb, 0xbf)) {
            return decodeUtf8(b, 3, false);
        }
        if (ByteSignature.startsWith(b, 0xff, 0xfe)) {
            return utf16(b, 2, StandardCharsets.UTF_16LE);
        }
        if (ByteSignature.startsWith(b, 0xfe, 0xff)) {
            return utf16(b, 2, StandardCharsets.UTF_16BE);
        }
        Charset bomless = bomlessUtf16(b);
        if (bomless != null) {
            return utf16(b, 0, bomless);
        }
        int nuls = BinarySniffer.check(b);
        // the few NUL bytes of a text (a stray byte from a copy or a crawler) are dropped, not the whole text
        return nuls == 0 ? decodeUtf8(b, 0, true, declared) : decodeUtf8(withoutNuls(b, nuls), 0, true, declared).plusErrors(nuls);
    }

    private static byte[] withoutNuls(byte[] b, int nuls) {
        byte[] kept = new byte[b.length - nuls];
        int k = 0;
        for (byte x : b) {
            if (x != 0) {
                kept[k++] = x;
            }
        }
        return kept;
    }

    private DecodedText decodeUtf8(byte[] b, int from, boolean legacyAllowed) throws RejectedDumpException {
        return decodeUtf8(b, from, legacyAllowed, null);
    }

    private DecodedText decodeUtf8(byte[] b, int from, boolean legacyAllowed, String sentWith)
            throws RejectedDumpException {
        // the JDK's decoder is intrinsified, and it yields U+FFFD exactly where bytes are not strict UTF-8;
        // only text with a U+FFFD (a bad byte, a cut-off last character, or a genuine U+FFFD) needs the scan
        String fast = new String(b, from, b.length - from, StandardCharsets.UTF_8);
        if (fast.indexOf('\ufffd') < 0) {
            return new DecodedText(fast, "UTF-8");
        }
        Utf8Scan scan = Utf8Scan.of(b, from);
        if (scan.clean()) {
            return new DecodedText(new String(b, from, scan.usableLength() - from, StandardCharsets.UTF_8), "UTF-8");
        }
        boolean looksUtf8 = !legacyAllowed || (scan.validMultiByte() >= 3 && scan.validMultiByte() > scan.invalidSequences());
        boolean mostlyUtf8 = looksUtf8 || scan.mostlyUtf8();
        if (!mostlyUtf8) {
            String canonicalSent = sentWith == null ? null : LegacyCharsetGuesser.canonical(sentWith);
            String declared = canonicalSent != null ? canonicalSent : declaredCharset(b);
            DecodedText legacy = LegacyCharsetGuesser.guess(b, declared);
            if (legacy != null) {
                return legacy;
            }
        }
        String repaired = new String(b, from, scan.usableLength() - from, StandardCharsets.UTF_8);
        long replaced = repaired.chars().filter(c -> c == 0xfffd).count();
        if (replaced <= Math.max(1, repaired.length() * MAX_REPAIR_SHARE) && mostlyUtf8) {
            return new DecodedText(repaired, "UTF-8 (repaired)", scan.invalidSequences());
        }
        if (mostlyUtf8 && !looksUtf8) {
            DecodedText legacy = legacy(b); // too many bad bytes for UTF-8 after all
            if (legacy != null) {
                return legacy;
            }
        }
        throw new RejectedDumpException(RejectReason.UNDECODABLE, String.format(Locale.ROOT,
                "cannot decode: not valid UTF-8 (%d bad byte sequences, first at offset %d) and no legacy charset fits",
                scan.invalidSequences(), scan.firstInvalidOffset()));
    }

    private static DecodedText legacy(byte[] b) {
        return LegacyCharsetGuesser.guess(b, declaredCharset(b));
    }

    private static DecodedText utf16(byte[] b, int from, Charset cs) throws RejectedDumpException {
        String text = new String(b, from, b.length - from, cs);
        if (text.length() > 0 && text.charAt(text.length() - 1) == '\ufffd' && (b.length - from) % 2 == 1) {
            text = text.substring(0, text.length() - 1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw BinarySniffer.binary("binary content (NUL character at position " + nul + " of " + cs.name() + " text)");
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        if (text.length() >= 16 && controls * 10 > text.length()) {
            throw BinarySniffer.binary("binary content (" + (controls * 100 / text.length()) + "% control characters as " + cs.name() + ")");
        }
        return new DecodedText(text, cs.name());
    }

    /** UTF-16 without a byte order mark: Latin text then has a zero byte in every other position. */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = n / 2;
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset named in a {@code <meta>} tag within the first 4 KB, if the JDK knows it. */
    static String declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? LegacyCharsetGuesser.canonical(m.group(1)) : null;
    }
}
