package io.newsprep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes many small, realistic and distinct dumps: the seed articles, each copy with its own report number. */
final class SeedCopies {

    private static final List<String> SEEDS = List.of("000_9167c36940e0c0e0.txt", "001_e63c77a8b3e5a699.txt",
            "002_edcc27ee5c39481f.txt", "003_9c25aca4a981ec4d.txt", "004_a0d0eacbd59f205c.txt");

    private SeedCopies() {
    }

    /** @return the written files' paths relative to {@code input}, with '/' separators */
    static List<String> write(Path input, int count) throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(Files.readString(Path.of("src/test/resources/seeds", name), StandardCharsets.UTF_8));
        }
        List<String> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String relative = String.format("day-%02d/dump-%05d.txt", i % 40, i);
            Path file = input.resolve(relative);
            Files.createDirectories(file.getParent());
            // the number makes each copy unique, so none is rejected as a duplicate
            Files.writeString(file, seeds.get(i % seeds.size()) + "\nReport number " + i + " was filed today.\n",
                    StandardCharsets.UTF_8);
            written.add(relative);
        }
        return written;
    }
}
