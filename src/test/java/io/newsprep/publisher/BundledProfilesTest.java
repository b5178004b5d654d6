package io.newsprep.publisher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile file added to the resources but not to the index the loader reads would silently never be used. */
class BundledProfilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/publishers");

    @Test
    void everyBundledProfileFileIsListedInTheIndexAndLoaded() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        List<String> indexed = Files.readAllLines(FOLDER.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();

        assertThat(files).isNotEmpty();
        assertThat(indexed).containsExactlyElementsOf(files);
        assertThat(PublisherProfiles.bundled().all()).hasSize(files.size());
    }
}
