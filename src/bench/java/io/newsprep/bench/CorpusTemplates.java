package io.newsprep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The handful of real pages a corpus is replicated from, held as raw bytes. Files ending in {@code .gz} are
 * decompressed. Only the templates are kept in memory, never the generated copies.
 */
final class CorpusTemplates {

    record Template(String name, byte[] bytes) {
    }

    private CorpusTemplates() {
    }

    /** Every file directly inside each folder whose name ends with {@code suffix}, sorted by name per folder. */
    static List<Template> load(List<Path> folders, String suffix) {
        List<Template> templates = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("template folder not found: " + folder);
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .sorted()
                        .forEach(f -> templates.add(new Template(baseName(f), read(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no *" + suffix + " templates in " + folders);
        }
        return templates;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.length() > 16 ? base.substring(0, 16) : base;
    }

    private static byte[] read(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }
}
