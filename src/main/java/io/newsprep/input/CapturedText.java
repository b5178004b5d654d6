package io.newsprep.input;

/**
 * Decodes content that comes with its own charset label, such as the body of an HTTP response in a web archive:
 * as a file's bytes are decoded (byte order mark, strict UTF-8, a legacy charset), the label taking the place of
 * a page's own declaration; NFC-normalised. Thread-safe.
 */
public final class CapturedText {

    private static final CharsetDecider DECIDER = new CharsetDecider();

    private CapturedText() {
    }

    /**
     * @param sentCharset the charset the content was sent with, or null
     * @throws RejectedDumpException when the content is empty, only whitespace, binary or undecodable
     */
    public static DecodedText decode(byte[] content, String sentCharset) throws RejectedDumpException {
        if (content.length == 0) {
            throw new RejectedDumpException(RejectReason.EMPTY, "record is empty");
        }
        DecodedText decoded = DECIDER.decode(content, sentCharset);
        String text = TextNormalizer.normalize(decoded.text());
        if (TextNormalizer.isBlank(text)) {
            throw new RejectedDumpException(RejectReason.EMPTY, "record holds only whitespace");
        }
        return new DecodedText(text, decoded.encoding());
    }
}
