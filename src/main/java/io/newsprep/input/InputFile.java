package io.newsprep.input;

import java.util.Locale;

/**
 * An input file as the {@link DumpLoader} hands it to the {@link DocumentReader}s: its bytes as stored (for the
 * content hash and the size) and as content (gzip undone), its name, and on demand its content decoded as text.
 */
public final class InputFile {

    private final SourceFile file;
    private final String sha256;
    private final long sizeBytes;
    private final byte[] content;
    private final String lowerName;
    private final CharsetDecider decider;
    private DecodedText decoded;
    private String text;

    InputFile(SourceFile file, String sha256, long sizeBytes, byte[] content, String lowerName, CharsetDecider decider) {
        this.file = file;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.content = content;
        this.lowerName = lowerName;
        this.decider = decider;
    }

    public SourceFile file() {
        return file;
    }

    /** SHA-256 of the bytes as stored, in hex. */
    public String sha256() {
        return sha256;
    }

    /** Size of the bytes as stored. */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** The bytes with any gzip undone; not a copy. */
    public byte[] content() {
        return content;
    }

    /** The file name in lower case, without a {@code .gz} suffix when the file was gzipped. */
    public String lowerName() {
        return lowerName;
    }

    public boolean nameEndsWith(String... suffixes) {
        for (String suffix : suffixes) {
            if (lowerName.endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole content as text: decoded with the charset it declares or shows, NFC-normalised.
     *
     * @throws RejectedDumpException when it holds only whitespace
     */
    public String text() throws RejectedDumpException {
        if (text == null) {
            decoded = decider.decode(content);
            text = TextNormalizer.normalize(decoded.text());
        }
        if (TextNormalizer.isBlank(text)) {
            throw new RejectedDumpException(RejectReason.EMPTY, "file holds only whitespace");
        }
        return text;
    }

    /** The charset {@link #text} was decoded with. */
    public String encoding() throws RejectedDumpException {
        text();
        return decoded.encoding();
    }

    /** The bad bytes decoding met: invalid sequences replaced by U+FFFD and NUL bytes dropped. */
    public int encodingErrors() throws RejectedDumpException {
        text();
        return decoded.errors();
    }

    /** A line as every reader gives it: NFC-normalised. */
    public static String normalizeLine(String line) {
        return TextNormalizer.normalize(line);
    }
}
