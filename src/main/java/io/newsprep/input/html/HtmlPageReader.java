package io.newsprep.input.html;

import io.newsprep.input.DocumentAddress;
import io.newsprep.input.DocumentReader;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.InputFile;
import io.newsprep.input.RejectedDumpException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A saved HTML page: one document, known by its name (.html, .htm, .xhtml, .shtml) or by starting with a doctype
 * or an html tag; its lines are what {@link HtmlPageParser} leaves of the page.
 */
public final class HtmlPageReader implements DocumentReader {

    private final HtmlPageParser parser = new HtmlPageParser();

    @Override
    public boolean reads(InputFile file) throws RejectedDumpException {
        return file.nameEndsWith(".html", ".htm", ".xhtml", ".shtml") || looksLikeHtmlDocument(file.text());
    }

    @Override
    public List<Dump> read(InputFile file) throws RejectedDumpException {
        return List.of(page(DocumentAddress.of(file.file()), file.sha256(), file.sizeBytes(), file.encoding(),
                file.text(), file.encodingErrors()));
    }

    /** A page decoded elsewhere (a record of a web archive) as a document. */
    public Dump page(DocumentAddress address, String sha256, long sizeBytes, String encoding, String html) {
        return page(address, sha256, sizeBytes, encoding, html, 0);
    }

    private Dump page(DocumentAddress address, String sha256, long sizeBytes, String encoding, String html,
                      int encodingErrors) {
        HtmlPageParser.HtmlPage page = parser.read(html, null);
        List<String> lines = new ArrayList<>(page.lines().size());
        for (String line : page.lines()) {
            lines.add(InputFile.normalizeLine(line));
        }
        return new Dump(address, sha256, sizeBytes, encoding, DumpFormat.HTML, lines, page.metadata(), page.marked(),
                encodingErrors);
    }

    /** Starts (after blanks, an XML declaration and comments) with a doctype or an html tag. */
    public static boolean looksLikeHtmlDocument(String text) {
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
}
