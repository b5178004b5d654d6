package io.newsprep.input.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.FileDocuments;
import io.newsprep.input.RejectReason;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.input.TextDumpReader;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    private final DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES,
            List.of(new JsonLinesReader(), new TextDumpReader()));

    @TempDir
    Path dir;

    @Test
    void eachLineIsADocumentAddressedByItsByteOffset() throws Exception {
        String first = "{\"url\":\"https://news.example/a\",\"text\":\"Überschrift\\nErster Absatz.\"}\n";
        String second = "{\"text\":\"Second page\"}\n";
        FileDocuments read = loader.read(file("feed.jsonl", first + "\n" + second));

        assertThat(read.wholeFile()).isFalse();
        List<Dump> documents = read.documents();
        assertThat(documents).extracting(d -> d.address().key())
                .containsExactly("feed.jsonl#0", "feed.jsonl#" + (first.getBytes(StandardCharsets.UTF_8).length + 1));
        assertThat(documents.get(0).lines()).containsExactly("Überschrift", "Erster Absatz.");
        assertThat(documents.get(0).metadata().url()).isEqualTo("https://news.example/a");
        assertThat(documents.get(1).metadata().url()).isNull();
        assertThat(documents.get(0).sha256()).isNotEqualTo(documents.get(1).sha256()).isNotEqualTo(read.sha256());
    }

    @Test
    void aGzippedFileIsReadByItsNameWithoutTheGzSuffix() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("feed.jsonl.gz"), bytes.toByteArray());

        assertThat(loader.read(SourceFile.of(dir, file)).documents()).extracting(d -> d.address().key())
                .containsExactly("feed.jsonl.gz#0", "feed.jsonl.gz#15");
    }

    @Test
    void aLineThatIsNotAPageRejectsTheFileNamingTheLine() throws Exception {
        SourceFile file = file("feed.jsonl", "{\"text\":\"fine\"}\n{\"title\":\"no text\"}\n");

        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(RejectedDumpException.class)
                .hasMessage("line 2 is not a JSON object with a \"text\" string")
                .satisfies(e -> assertThat(((RejectedDumpException) e).reason()).isEqualTo(RejectReason.UNREADABLE));
    }

    private SourceFile file(String name, String content) throws Exception {
        return SourceFile.of(dir, Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
    }
}
