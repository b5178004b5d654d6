package io.newsprep.input;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads one input file into a {@link Dump}: size limit, gzip (by magic bytes, under any name),
 * charset, normalisation, and the HTML path for saved pages. Thread-safe: one instance serves all workers.
 */
public final class DumpLoader {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final RawBytesReader reader;
    private final CharsetDecider decider = new CharsetDecider();
    private final HtmlDumpReader htmlReader = new HtmlDumpReader();

    public DumpLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest accepted file, and largest accepted decompressed content */
    public DumpLoader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.reader = new RawBytesReader(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Dump load(SourceFile file) throws RejectedDumpException {
        byte[] raw = reader.readRaw(file.path());
        String sha256 = sha256(raw);
        String name = file.path().getFileName() == null ? "" : file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] content = raw;
        if (RawBytesReader.isGzip(raw)) {
            content = reader.gunzip(raw);
            name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        }
        if (content.length == 0) {
            throw new RejectedDumpException(RejectReason.EMPTY, "file is empty");
        }
        DecodedText decoded = decider.decode(content);
        String text = TextNormalizer.normalize(decoded.text());
        if (TextNormalizer.isBlank(text)) {
            throw new RejectedDumpException(RejectReason.EMPTY, "file holds only whitespace");
        }
        boolean html = isHtmlName(name) || looksLikeHtmlDocument(text);
        if (html) {
            HtmlDumpReader.HtmlPage page = htmlReader.read(text, null);
            List<String> lines = new ArrayList<>(page.lines().size());
            for (String line : page.lines()) {
                lines.add(TextNormalizer.normalize(line));
            }
            return new Dump(file, sha256, raw.length, decoded.encoding(), DumpFormat.HTML, lines, page.metadata(),
                    page.marked());
        }
        return new Dump(file, sha256, raw.length, decoded.encoding(), DumpFormat.TEXT, splitLines(text), PageMetadata.NONE);
    }

    private static boolean isHtmlName(String lowerName) {
        return lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")
                || lowerName.endsWith(".shtml");
    }

    /** Starts (after blanks, an XML declaration and comments) with a doctype or an html tag. */
    static boolean looksLikeHtmlDocument(String text) {
        int i = skipBlanks(text, 0);
        while (true) {
            if (text.startsWith("<?xml", i)) {
                int end = text.indexOf("?>", i);
                i = end < 0 ? text.length() : skipBlanks(text, end + 2);
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                i = end < 0 ? text.length() : skipBlanks(text, end + 3);
            } else {
                break;
            }
        }
        String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Lines without terminators; a final line end does not make an extra empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
