package io.newsprep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a web archive of a given size with jwarc, as a crawler would: per page a request and a response record,
 * compressed record by record (or not at all). The pages are the saved HTML pages of a folder, each copy made a
 * distinct page (a comment and a query string with its number), so that every response is cleaned as a new article.
 */
@Command(name = "warc-corpus", description = "Write a WARC file of at least SIZE megabytes from a folder of saved pages.")
final class WarcCorpus implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGES", description = "folder of saved pages (*.html, *.html.gz)")
    Path pages;

    @Parameters(index = "1", paramLabel = "OUT", description = "the archive to write (.warc.gz or .warc)")
    Path out;

    @Option(names = "--megabytes", description = "size to reach, in MB (default ${DEFAULT-VALUE})")
    long megabytes = 1100;

    public static void main(String[] args) {
        BenchTool.exit(new WarcCorpus(), args);
    }

    @Override
    public Integer call() throws IOException {
        List<byte[]> templates = read(pages);
        if (templates.isEmpty()) {
            throw new IOException("no saved pages in " + pages);
        }
        boolean gzip = out.getFileName().toString().endsWith(".gz");
        long target = megabytes * 1024 * 1024;
        Instant date = Instant.parse("2024-03-01T00:00:00Z");
        long records = 0;
        try (FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (long copy = 0; channel.size() < target; copy++) {
                byte[] template = templates.get((int) (copy % templates.size()));
                URI uri = URI.create("https://news.example/story/" + copy % templates.size() + "?copy=" + copy);
                byte[] page = withCopyNumber(template, copy);
                writer.write(new WarcRequest.Builder(uri).date(date.plusSeconds(copy))
                        .body(new HttpRequest.Builder("GET", uri.getRawPath() + "?" + uri.getRawQuery())
                                .addHeader("Host", uri.getHost()).build()).build());
                writer.write(new WarcResponse.Builder(uri).date(date.plusSeconds(copy))
                        .body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), page).build()).build());
                records += 2;
            }
            System.out.println(out + "\t" + channel.size() + " bytes\t" + records + " records\t" + records / 2 + " pages");
        }
        return 0;
    }

    private static byte[] withCopyNumber(byte[] page, long copy) {
        byte[] mark = ("<!-- copy " + copy + " -->\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[mark.length + page.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(page, 0, out, mark.length, page.length);
        return out;
    }

    private static List<byte[]> read(Path folder) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                        pages.add(in.readAllBytes());
                    }
                } else if (name.endsWith(".html")) {
                    pages.add(Files.readAllBytes(f));
                }
            }
        }
        return pages;
    }
}
