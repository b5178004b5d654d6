package io.newsprep.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files of the class path (the rule book and the word lists in {@code /clean/}):
 * one row per line, '#' comments and blank lines skipped. Cells are as written; callers strip them where
 * spaces do not count.
 */
public final class ResourceTable {

    private ResourceTable() {
    }

    /** The rows of a resource given by its absolute name ("/clean/stop-words.tsv"). */
    public static List<String[]> read(String resource) {
        InputStream in = ResourceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The second cells, stripped and in file order, of the rows whose first cell is {@code kind}. */
    public static List<String> words(String resource, String kind) {
        List<String> words = new ArrayList<>();
        for (String[] row : read(resource)) {
            if (row[0].strip().equals(kind)) {
                words.add(row[1].strip());
            }
        }
        return words;
    }

    /** The first cells, stripped and in file order. */
    public static List<String> firstColumn(String resource) {
        List<String> words = new ArrayList<>();
        for (String[] row : read(resource)) {
            words.add(row[0].strip());
        }
        return words;
    }
}
