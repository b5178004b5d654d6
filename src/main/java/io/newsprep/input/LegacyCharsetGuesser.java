package io.newsprep.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Picks a legacy (non-UTF) charset for bytes that are not UTF-8. The detector's verdict is one
 * candidate among a few common ones, because on short samples it is easily fooled (a few lines of
 * CP949 Korean come back as WINDOWS-1252). Each candidate that decodes the bytes without error is
 * scored for mojibake, and the cleanest wins; ties go to the earlier candidate.
 */
final class LegacyCharsetGuesser {

    private static final int DETECTOR_SAMPLE = 65536;
    private static final String[] FALLBACKS = {"x-windows-949", "windows-1252", "windows-1251"};
    /** Above this mojibake score even the best candidate is garbage, not text. */
    private static final double MAX_SCORE = 0.6;

    private LegacyCharsetGuesser() {
    }

    /** The decoded text, or null when no candidate decodes the bytes into plausible text. */
    static DecodedText guess(byte[] bytes, String declared) {
        Set<String> candidates = new LinkedHashSet<>();
        if (declared != null) {
            candidates.add(declared);
        }
        String verdict = detectorVerdict(bytes);
        if (verdict != null) {
            candidates.add(verdict);
        }
        for (String f : FALLBACKS) {
            candidates.add(f);
        }
        String korean = decodeStrict(bytes, "x-windows-949");
        if (korean != null && !"x-windows-949".equals(declared) && isMostlyHangul(korean)) {
            return new DecodedText(korean, "x-windows-949");
        }
        DecodedText best = null;
        double bestScore = Double.MAX_VALUE;
        for (String name : candidates) {
            String text = decodeStrict(bytes, name);
            if (text == null) {
                continue;
            }
            double score = MojibakeScore.of(text);
            if (name.equals(declared) && score < 0.05) {
                return new DecodedText(text, name);
            }
            if (score < bestScore && score <= MAX_SCORE) {
                best = new DecodedText(text, name);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Korean text in CP949 is overwhelmingly Hangul, nearly all of it from the common KS X 1001
     * set, with few Hanja; detectors often call it GB18030 or windows-1252. Other East Asian bytes
     * read as CP949 give Hanja or rare extended-range syllables instead.
     */
    private static boolean isMostlyHangul(String text) {
        CharsetEncoder ksx1001 = Charset.forName("EUC-KR").newEncoder();
        int hangul = 0;
        int common = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xac00 && c <= 0xd7a3) {
                hangul++;
                if (ksx1001.canEncode(c)) {
                    common++;
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return hangul >= 2 && hangul >= 9 * han && common * 10 >= hangul * 8;
    }

    static String detectorVerdict(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_SAMPLE));
        detector.dataEnd();
        return canonical(detector.getDetectedCharset());
    }

    /**
     * The charset name to decode with, widened to the superset that real files use: EUC-KR files
     * are in practice CP949, ISO-8859-1 and ASCII labels mean windows-1252 (as browsers treat them).
     */
    static String canonical(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "euc-kr", "euckr", "ks_c_5601-1987", "ksc5601", "cp949", "ms949", "windows-949", "x-windows-949":
                return "x-windows-949";
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252":
                return "windows-1252";
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "ms932":
                return "windows-31j";
            case "gb2312", "gbk", "gb18030", "x-gbk":
                return "GB18030";
            default:
                try {
                    Charset cs = Charset.forName(label.trim());
                    String name = cs.name();
                    return name.startsWith("UTF-") ? null : name;
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    static String decodeStrict(byte[] bytes, String charsetName) {
        try {
            return Charset.forName(charsetName).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }
}
