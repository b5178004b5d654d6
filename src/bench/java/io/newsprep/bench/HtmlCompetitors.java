package io.newsprep.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user would pick instead of newsprep for saved HTML pages: boilerpipe's {@code ArticleExtractor} or
 * Readability4J, in one JVM on one thread, over every {@code .html} file under {@code --input}. Each page is read,
 * decoded as UTF-8, extracted and written as one JSON line, like {@link IoFloor}. Prints one summary line with the
 * in-process time. Built only with {@code -Pbench}: neither library is in the product.
 *
 * <pre>
 * HtmlCompetitors --extractor boilerpipe|readability4j --input DIR --output FILE
 * </pre>
 */
@Command(name = "HtmlCompetitors", mixinStandardHelpOptions = true,
        description = "Extracts every saved page with boilerpipe or Readability4J, one thread.")
public final class HtmlCompetitors implements Callable<Integer> {

    enum Extractor {
        BOILERPIPE, READABILITY4J;

        String extract(String html) throws Exception {
            return switch (this) {
                case BOILERPIPE -> ArticleExtractor.INSTANCE.getText(html);
                case READABILITY4J -> new Readability4J("https://example.org/", html).parse().getTextContent();
            };
        }
    }

    @Option(names = "--extractor", required = true, paramLabel = "boilerpipe|readability4j",
            converter = ExtractorConverter.class, description = "which extractor")
    Extractor extractor;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "the HTML corpus")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "the JSON Lines file to write")
    Path output;

    private final JsonMapper json = JsonMapper.builder().build();

    public static void main(String[] args) {
        BenchTool.exit(new HtmlCompetitors(), args);
    }

    @Override
    public Integer call() throws IOException {
        List<Path> pages;
        try (Stream<Path> paths = Files.walk(input)) {
            pages = paths.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        long started = System.nanoTime();
        long failed = 0;
        long chars = 0;
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Path page : pages) {
                String html = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source_file", input.relativize(page).toString());
                try {
                    String text = extractor.extract(html);
                    record.put("text", text);
                    chars += text == null ? 0 : text.length();
                } catch (Exception | StackOverflowError e) {
                    failed++;
                    record.put("error", String.valueOf(e.getMessage()));
                }
                out.write(json.writeValueAsString(record));
                out.write('\n');
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s files=%d failed=%d chars=%d seconds=%.3f%n",
                extractor.name().toLowerCase(Locale.ROOT), pages.size(), failed, chars, seconds);
        return 0;
    }

    static final class ExtractorConverter implements CommandLine.ITypeConverter<Extractor> {
        @Override
        public Extractor convert(String value) {
            try {
                return Extractor.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of boilerpipe, readability4j");
            }
        }
    }
}
