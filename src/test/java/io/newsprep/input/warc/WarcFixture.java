package io.newsprep.input.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds real WARC and WET files with jwarc's writer: a warcinfo record, then per page a request, its response and
 * (every third page) a metadata record, or per text one conversion record; compressed record by record or not at
 * all. A record can be damaged on the way (its bytes rewritten before compression), and the file cut short.
 */
public final class WarcFixture {

    public static final Path EVAL_DEV = Path.of("..", "shared", "eval-dev");
    public static final Instant CRAWLED = Instant.parse("2024-03-01T12:00:00Z");

    /** A page or text to archive: its id, address and content. */
    public record Capture(String id, String url, byte[] content) {
    }

    /** The written archive and where each capture's document record starts. */
    public record Archive(Path file, List<Long> offsets, int passedOver) {
    }

    private final List<byte[]> records = new ArrayList<>();
    /** For each capture, the index of its document record in {@link #records}. */
    private final List<Integer> documentRecords = new ArrayList<>();
    private int passedOver;

    public static WarcFixture create() {
        WarcFixture f = new WarcFixture();
        f.add(new Warcinfo.Builder().fields(Map.of("software", List.of("newsprep-test"))).date(CRAWLED).build(), false);
        return f;
    }

    /** A crawl of saved pages: request, response with the page as text/html, and sometimes metadata. */
    public WarcFixture pages(List<Capture> pages) {
        for (Capture page : pages) {
            try {
                URI uri = URI.create(page.url());
                add(new WarcRequest.Builder(uri).date(CRAWLED)
                        .body(new HttpRequest.Builder("GET", uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                                .addHeader("Host", uri.getHost()).build()).build(), false);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page.content()).build();
                add(new WarcResponse.Builder(uri).date(CRAWLED).body(http).build(), true);
                if (documentRecords.size() % 3 == 0) {
                    add(new WarcMetadata.Builder().targetURI(uri).date(CRAWLED)
                            .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8)).build(),
                            false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Text conversions, as in a WET file. */
    public WarcFixture texts(List<Capture> texts) {
        for (Capture text : texts) {
            add(new WarcConversion.Builder().setHeader("WARC-Target-URI", text.url()).date(CRAWLED)
                    .body(MediaType.PLAIN_TEXT, text.content()).build(), true);
        }
        return this;
    }

    /** Rewrites the serialised bytes of the document record of capture {@code index}. */
    public WarcFixture damage(int index, UnaryOperator<byte[]> change) {
        int r = documentRecords.get(index);
        records.set(r, change.apply(records.get(r)));
        return this;
    }

    /** A change that makes the record's Content-Length {@code delta} bytes off from its block. */
    public static UnaryOperator<byte[]> contentLengthOff(int delta) {
        return bytes -> {
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = s.indexOf("Content-Length: ");
            int end = s.indexOf("\r\n", at);
            long length = Long.parseLong(s.substring(at + 16, end));
            return (s.substring(0, at + 16) + (length + delta) + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** Writes the archive, cutting {@code cutBytes} off its end. */
    public Archive write(Path file, boolean gzip, int cutBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> starts = new ArrayList<>();
        for (byte[] record : records) {
            starts.add((long) out.size());
            out.write(gzip ? gzip(record) : record);
        }
        byte[] all = out.toByteArray();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, java.util.Arrays.copyOf(all, all.length - cutBytes));
        List<Long> offsets = documentRecords.stream().map(starts::get).toList();
        return new Archive(file, offsets, passedOver);
    }

    private void add(WarcRecord record, boolean document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), WarcCompression.NONE)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document) {
            documentRecords.add(records.size());
        } else {
            passedOver++;
        }
        records.add(bytes.toByteArray());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** The first {@code n} saved pages of the development split, with the addresses of its gold records. */
    public static List<Capture> devPages(int n) throws IOException {
        Map<String, String> urls = devUrls();
        List<Capture> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVAL_DEV.resolve("html"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(n).toList()) {
                String id = f.getFileName().toString().replace(".html.gz", "");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new Capture(id, urls.getOrDefault(id, "https://news.example/" + id), in.readAllBytes()));
                }
            }
        }
        return pages;
    }

    /** The first {@code n} text dumps of the development split. */
    public static List<Capture> devDumps(int n) throws IOException {
        Map<String, String> urls = devUrls();
        List<Capture> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVAL_DEV.resolve("dumps"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                texts.add(new Capture(id, urls.getOrDefault(id, "https://news.example/" + id), Files.readAllBytes(f)));
            }
        }
        return texts;
    }

    private static Map<String, String> devUrls() throws IOException {
        Map<String, String> urls = new java.util.HashMap<>();
        tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        for (String line : Files.readAllLines(EVAL_DEV.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                tools.jackson.databind.JsonNode n = mapper.readTree(line);
                urls.put(n.path("id").asString(), n.path("url").asString());
            }
        }
        return urls;
    }
}
