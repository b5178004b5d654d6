package io.newsprep.input.warc;

import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.CapturedText;
import io.newsprep.input.DecodedText;
import io.newsprep.input.DocumentAddress;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.MarkedLines;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.TextDumpReader;
import io.newsprep.input.html.HtmlPageReader;

import java.util.Locale;
import java.util.Set;

/**
 * One record of a web archive as read from disk: its content (the HTTP payload of a response, the block of a
 * resource or conversion) with what the archive says about it, or the reason it is damaged. Turning it into a
 * document (decoding, parsing the page) is left to {@link #toDump}, on whichever thread cleans it.
 */
final class WarcCapture implements ArchiveRecord {

    private static final HtmlPageReader PAGES = new HtmlPageReader();
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /**
     * What the archive says about a record.
     *
     * @param type       the WARC-Type: {@code response}, {@code resource} or {@code conversion}
     * @param targetUri  WARC-Target-URI, or null
     * @param crawledAt  WARC-Date as ISO 8601, or null
     * @param recordId   WARC-Record-ID, or null
     * @param mediaType  the content's media type without parameters, lower case, or null when not stated
     * @param charset    the charset parameter of the content's media type, or null
     */
    record Header(String type, String targetUri, String crawledAt, String recordId, String mediaType, String charset) {
    }

    private final DocumentAddress address;
    private final Header header;
    private final byte[] content;
    private final String sha256;
    private final RejectReason problem;
    private final String message;

    private WarcCapture(DocumentAddress address, Header header, byte[] content, String sha256, RejectReason problem,
                        String message) {
        this.address = address;
        this.header = header;
        this.content = content;
        this.sha256 = sha256;
        this.problem = problem;
        this.message = message;
    }

    static WarcCapture of(DocumentAddress address, Header header, byte[] content, String sha256) {
        return new WarcCapture(address, header, content, sha256, null, null);
    }

    static WarcCapture damaged(DocumentAddress address, RejectReason reason, String message) {
        return new WarcCapture(address, null, null, null, reason, message);
    }

    /** This record found damaged after it was read (its end is not where its Content-Length says). */
    WarcCapture damaged(String why) {
        String id = header == null || header.recordId() == null ? "" : " " + header.recordId();
        return new WarcCapture(address, header, null, sha256, RejectReason.UNREADABLE, "damaged record" + id + ": " + why);
    }

    @Override
    public DocumentAddress address() {
        return address;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public Dump toDump() throws RejectedDumpException {
        if (problem != null) {
            throw new RejectedDumpException(problem, message);
        }
        boolean conversion = header.type().equals("conversion");
        String media = header.mediaType();
        boolean html = !conversion && media != null && HTML_TYPES.contains(media);
        boolean text = conversion || "text/plain".equals(media);
        if (!html && !text && media != null && !media.startsWith("text/") && !media.equals("application/octet-stream")) {
            throw new RejectedDumpException(RejectReason.BINARY, "not a page: " + header.type() + " record of "
                    + media);
        }
        DecodedText decoded = CapturedText.decode(content, conversion && header.charset() == null ? "UTF-8"
                : header.charset());
        if (!html && !text) {
            html = HtmlPageReader.looksLikeHtmlDocument(decoded.text());
        }
        Dump dump = html
                ? PAGES.page(address, sha256, content.length, decoded.encoding(), decoded.text())
                : new Dump(address, sha256, content.length, decoded.encoding(), DumpFormat.TEXT,
                TextDumpReader.splitLines(decoded.text()), PageMetadata.NONE, MarkedLines.NONE);
        return new Dump(dump.address(), dump.sha256(), dump.sizeBytes(), dump.encoding(), dump.format(), dump.lines(),
                dump.metadata().captured(header.targetUri(), header.crawledAt(), header.recordId()), dump.marked());
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
