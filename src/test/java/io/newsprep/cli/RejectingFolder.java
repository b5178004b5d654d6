package io.newsprep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A landing folder with two good dumps and one document for each of several reject reasons. */
final class RejectingFolder {

    private RejectingFolder() {
    }

    static Path write(Path input) throws IOException {
        Files.createDirectories(input);
        Path seeds = Path.of("src/test/resources/seeds");
        Files.copy(seeds.resolve("000_9167c36940e0c0e0.txt"), input.resolve("a-good.txt"));
        Files.copy(seeds.resolve("001_e63c77a8b3e5a699.txt"), input.resolve("b-good.txt"));
        Files.copy(seeds.resolve("000_9167c36940e0c0e0.txt"), input.resolve("c-same-as-a.txt"));
        Files.writeString(input.resolve("d-empty.txt"), "", StandardCharsets.UTF_8);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(input.resolve("e-image.bin"), binary);
        Files.writeString(input.resolve("f-menu.txt"), "Home\nMenu\nLog in\n", StandardCharsets.UTF_8);
        return input;
    }
}
