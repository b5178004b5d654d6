package io.newsprep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
public final class CorpusGenerator {

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

    public static void main(String[] args) throws IOException {
        Kind kind = Kind.TEXT;
        long count = 20_000;
        Path out = null;
        Path shared = Path.of("../shared");
        List<Path> templateFolders = new ArrayList<>();
        boolean distinct = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kind" -> kind = Kind.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--templates" -> templateFolders.add(Path.of(args[++i]));
                case "--distinct" -> distinct = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        List<CorpusTemplates.Template> templates = CorpusTemplates.load(
                templateFolders.isEmpty() ? kind.defaultFolders(shared) : templateFolders, kind.templateSuffix);
        long started = System.nanoTime();
        long bytes = write(kind, templates, count, out, distinct);
        System.out.printf(Locale.ROOT, "corpus kind=%s files=%d bytes=%d templates=%d seconds=%.2f dir=%s%n",
                kind.name().toLowerCase(Locale.ROOT), count, bytes, templates.size(),
                (System.nanoTime() - started) / 1e9, out);
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
