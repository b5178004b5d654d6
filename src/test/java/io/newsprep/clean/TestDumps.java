package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Builds dumps for tests the way text dumps are decoded: one entry per physical line. */
final class TestDumps {

    private TestDumps() {
    }

    static Dump read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return of(file.getFileName().toString(), Arrays.asList(text.split("\r\n|\r|\n", -1)));
    }

    static Dump of(String name, List<String> lines) {
        return new Dump(new SourceFile(Path.of(name), name), "", 0, "UTF-8", DumpFormat.TEXT, lines, null);
    }

    static Dump of(String... lines) {
        return of("test.txt", List.of(lines));
    }
}
