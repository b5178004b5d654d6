package io.newsprep.input;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The saved-HTML path: parses a page with jsoup, takes its metadata, removes chrome and flattens
 * the rest into text lines, so the same line cleaner serves HTML and text dumps. Thread-safe.
 */
public final class HtmlDumpReader {

    /** The lines and metadata of one page. */
    public record HtmlPage(List<String> lines, PageMetadata metadata) {
    }

    public HtmlPage read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser());
        PageMetadata metadata = HtmlMetadataExtractor.extract(doc);
        HtmlChromeRemover.strip(doc);
        List<String> lines = doc.body() == null ? List.of() : HtmlFlattener.flatten(doc.body());
        return new HtmlPage(lines, metadata);
    }
}
