package io.newsprep.input;

import io.newsprep.pipeline.PipelineFactory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpLoaderFormatTest {

    @TempDir
    Path dir;

    private final DumpLoader loader = PipelineFactory.documentLoader();

    private Dump load(String name, byte[] bytes) throws Exception {
        return DumpFiles.load(dir, name, bytes);
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(raw)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return raw.toByteArray();
    }

    @Test
    void gzipBytesUnderTxtNameAreDecompressedAndHashedRaw() throws Exception {
        byte[] gz = gzip("Headline\n\nBody paragraph.\n");
        Dump d = load("story.txt", gz);
        assertThat(d.lines()).containsExactly("Headline", "", "Body paragraph.");
        assertThat(d.format()).isEqualTo(DumpFormat.TEXT);
        assertThat(d.sizeBytes()).isEqualTo(gz.length);
        assertThat(d.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gz)));
    }

    @Test
    void htmlGzIsReadAsHtml() throws Exception {
        Dump d = load("page.html.gz", gzip("<html><body><h1>Title</h1><p>First paragraph.</p></body></html>"));
        assertThat(d.format()).isEqualTo(DumpFormat.HTML);
        assertThat(d.lines()).containsExactly("Title", "First paragraph.");
    }

    @Test
    void textFileHoldingAnHtmlDocumentIsReadAsHtml() throws Exception {
        Dump d = load("saved.txt", "\n<!DOCTYPE html><html><body><p>Only text.</p><script>var x=1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo(DumpFormat.HTML);
        assertThat(d.lines()).containsExactly("Only text.");
    }

    @Test
    void xmlDeclarationAndCommentBeforeTheDoctypeStillMeanHtml() throws Exception {
        Dump d = load("saved.txt", "<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html><body><p>Text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo(DumpFormat.HTML);
        assertThat(d.lines()).containsExactly("Text.");
    }

    @Test
    void textMentioningHtmlStaysText() throws Exception {
        Dump d = load("note.txt", "How to write <html> by hand\nA guide.".getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo(DumpFormat.TEXT);
    }

    @Test
    void crOnlyAndCrLfLineEndsBecomeLf() throws Exception {
        Dump d = load("mac.txt", "one\rtwo\r\nthree\n\rfour".getBytes(StandardCharsets.UTF_8));
        assertThat(d.lines()).containsExactly("one", "two", "three", "", "four");
    }

    @Test
    void controlCharactersOtherThanTabAreRemovedAndTextIsNfc() throws Exception {
        Dump d = load("ctl.txt", "a\u0007b\tc\u0085d\u200be\u001b\nCafe\u0301".getBytes(StandardCharsets.UTF_8));
        assertThat(d.lines()).containsExactly("ab\tcd\u200be", "Café");
        assertThat(d.lines().get(1)).hasSize(4);
    }

    @Test
    void oneLoaderServesManyThreadsWithIdenticalResults() throws Exception {
        byte[] cp949 = "똠방각하 뷁 서울 소식입니다. 시민들은 환영했다.".getBytes(java.nio.charset.Charset.forName("x-windows-949"));
        byte[] html = "<html><body><h1>Title</h1><p>Paragraph text here.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.html");
        Files.write(a, cp949);
        Files.write(b, html);
        Dump expectedA = loader.load(SourceFile.of(dir, a));
        Dump expectedB = loader.load(SourceFile.of(dir, b));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> loader.load(SourceFile.of(dir, a)).equals(expectedA)
                        && loader.load(SourceFile.of(dir, b)).equals(expectedB)));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void blankLinesKeepTheirPlaceSoLineNumbersMatchTheFile() throws Exception {
        Dump d = load("n.txt", "a\n\n\nb\n".getBytes(StandardCharsets.UTF_8));
        assertThat(d.lines()).containsExactly("a", "", "", "b");
    }
}
