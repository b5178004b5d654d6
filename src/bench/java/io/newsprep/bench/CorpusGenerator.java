package io.newsprep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a benchmark corpus of {@code --count} files replicated from real pages, each copy made unique (see
 * {@link UniqueCopy}) and placed by {@link CorpusLayout}. Copies are streamed to disk one at a time, so the
 * count is limited by disk space only.
 *
 * <pre>
 * CorpusGenerator --kind text|html --count N --out DIR [--shared DIR] [--templates DIR]... [--distinct]
 * </pre>
 * Text corpora come from {@code SHARED/eval-dev/dumps} and {@code SHARED/seeds}; HTML corpora from
 * {@code SHARED/eval-dev/html} (gzip, written out decompressed as {@code .html}). {@code --shared} defaults
 * to {@code ../shared}; {@code --templates} replaces the default folders. {@code --distinct} makes every copy
 * a distinct article for the per-publisher memory too (see {@link UniqueCopy#distinctToken}).
 */
@Command(name = "CorpusGenerator", mixinStandardHelpOptions = true,
        description = "Writes a benchmark corpus of unique copies of real pages.")
public final class CorpusGenerator implements Callable<Integer> {

    enum Kind {
        TEXT(".txt", ".txt"), HTML(".html.gz", ".html");

        final String templateSuffix;
        final String extension;

        Kind(String templateSuffix, String extension) {
            this.templateSuffix = templateSuffix;
            this.extension = extension;
        }

        List<Path> defaultFolders(Path shared) {
            return this == TEXT
                    ? List.of(shared.resolve("eval-dev/dumps"), shared.resolve("seeds"))
                    : List.of(shared.resolve("eval-dev/html"));
        }

        byte[] copy(byte[] template, long i, boolean distinct) {
            String token = distinct ? UniqueCopy.distinctToken(i) : UniqueCopy.token(i);
            return this == TEXT ? UniqueCopy.ofText(template, token) : UniqueCopy.ofHtml(template, token);
        }
    }

    @Option(names = "--kind", defaultValue = "text", paramLabel = "text|html", converter = KindConverter.class,
            description = "text dumps (default) or saved HTML pages")
    Kind kind;

    @Option(names = "--count", defaultValue = "20000", paramLabel = "N", description = "files to write (default 20000)")
    long count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the corpus into")
    Path out;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "the shared material with eval-dev/ and seeds/ (default ../shared)")
    Path shared;

    @Option(names = "--templates", paramLabel = "DIR", description = "a template folder instead of the defaults (repeatable)")
    List<Path> templateFolders = new ArrayList<>();

    @Option(names = "--distinct", description = "make every copy a distinct article for the per-publisher memory too")
    boolean distinct;

    public static void main(String[] args) {
        BenchTool.exit(new CorpusGenerator(), args);
    }

    @Override
    public Integer call() throws IOException {
        List<CorpusTemplates.Template> templates = CorpusTemplates.load(
                templateFolders.isEmpty() ? kind.defaultFolders(shared) : templateFolders, kind.templateSuffix);
        long started = System.nanoTime();
        long bytes = write(kind, templates, count, out, distinct);
        System.out.printf(Locale.ROOT, "corpus kind=%s files=%d bytes=%d templates=%d seconds=%.2f dir=%s%n",
                kind.name().toLowerCase(Locale.ROOT), count, bytes, templates.size(),
                (System.nanoTime() - started) / 1e9, out);
        return 0;
    }

    static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not one of text, html");
            }
        }
    }

    static long write(Kind kind, List<CorpusTemplates.Template> templates, long count, Path out, boolean distinct)
            throws IOException {
        long bytes = 0;
        Path lastFolder = null;
        for (long i = 0; i < count; i++) {
            CorpusTemplates.Template template = templates.get((int) (i % templates.size()));
            Path file = out.resolve(CorpusLayout.relativePath(i, template.name(), kind.extension));
            if (!file.getParent().equals(lastFolder)) {
                lastFolder = file.getParent();
                Files.createDirectories(lastFolder);
            }
            byte[] copy = kind.copy(template.bytes(), i, distinct);
            Files.write(file, copy);
            bytes += copy.length;
        }
        return bytes;
    }
}
