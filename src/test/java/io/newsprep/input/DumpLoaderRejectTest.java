package io.newsprep.input;

import io.newsprep.pipeline.PipelineFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpLoaderRejectTest {

    @TempDir
    Path dir;

    private RejectedDumpException rejectOf(DumpLoader loader, String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return rejectOf(loader, f);
    }

    private RejectedDumpException rejectOf(DumpLoader loader, Path f) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> loader.load(SourceFile.of(dir, f)));
        assertThat(t).isInstanceOf(RejectedDumpException.class);
        RejectedDumpException e = (RejectedDumpException) t;
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        return e;
    }

    @Test
    void emptyFile() throws Exception {
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "empty.txt", new byte[0]);
        assertThat(e.reason()).isEqualTo(RejectReason.EMPTY);
        assertThat(e.getMessage()).isEqualTo("file is empty");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "blank.txt", " \n\t\r\n\u00a0\u3000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(RejectReason.EMPTY);
        assertThat(e.getMessage()).isEqualTo("file holds only whitespace");
    }

    @Test
    void nulBytesAreBinary() throws Exception {
        byte[] b = "Hello world, this is a ".getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = DumpLoaderCharsetTest.concat(b, new byte[] {0, 1, 2, 3, 'a', 'b'});
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "x.txt", withNul);
        assertThat(e.reason()).isEqualTo(RejectReason.BINARY);
        assertThat(e.getMessage()).isEqualTo("binary content (NUL bytes at offset 23)");
    }

    @Test
    void imageUnderTextNameIsBinary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'x', 'y'};
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "photo.txt", png);
        assertThat(e.reason()).isEqualTo(RejectReason.BINARY);
        assertThat(e.getMessage()).contains("PNG image");
    }

    @Test
    void manyControlBytesAreBinary() throws Exception {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThat(rejectOf(PipelineFactory.documentLoader(), "ctl.txt", b).reason()).isEqualTo(RejectReason.BINARY);
    }

    @Test
    void heavilyDamagedUtf8IsUndecodable() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("Überschrift “Zitat” ");
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 5; i < b.length; i += 9) {
            b[i] = (byte) 0x81;
        }
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "bad.txt", b);
        assertThat(e.reason()).isEqualTo(RejectReason.UNDECODABLE);
        assertThat(e.getMessage()).startsWith("cannot decode: not valid UTF-8");
    }

    @Test
    void highBytesThatNoCharsetTurnsIntoTextAreUndecodable() throws Exception {
        java.util.Random random = new java.util.Random(42);
        byte[] b = new byte[4000];
        for (int i = 0; i < b.length; i++) {
            b[i] = i % 7 == 6 ? (byte) ' ' : (byte) (0x80 + random.nextInt(0x80));
        }
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), "noise.txt", b);
        assertThat(e.reason()).isEqualTo(RejectReason.UNDECODABLE);
    }

    @Test
    void fileAboveTheLimitIsTooLargeWithSizesInTheMessage() throws Exception {
        byte[] b = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(b, (byte) 'a');
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(2L * 1024 * 1024), "big.txt", b);
        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("file is 3 MB, above the 2 MB limit");
    }

    @Test
    void gzipBombIsTooLarge() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(raw)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                gz.write(chunk);
            }
        }
        assertThat(raw.size()).isLessThan(1024 * 1024);
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(20L * 1024 * 1024), "bomb.txt.gz", raw.toByteArray());
        assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("gzip content decompresses to more than the 20 MB limit");
    }

    @Test
    void danglingSymlinkIsUnreadable() throws Exception {
        Path link = dir.resolve("gone.txt");
        Files.createSymbolicLink(link, dir.resolve("missing-target.txt"));
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), link);
        assertThat(e.reason()).isEqualTo(RejectReason.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo("cannot read: dangling symbolic link");
    }

    @Test
    void permissionDeniedIsUnreadable() throws Exception {
        assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "text");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
        RejectedDumpException e = rejectOf(PipelineFactory.documentLoader(), f);
        assertThat(e.reason()).isEqualTo(RejectReason.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo("cannot read: permission denied");
    }

    @Test
    void directoryIsUnreadable() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("folder.txt"));
        assertThat(rejectOf(PipelineFactory.documentLoader(), sub).reason()).isEqualTo(RejectReason.UNREADABLE);
    }

    @Test
    void corruptGzipIsUnreadable() throws Exception {
        byte[] b = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7};
        assertThat(rejectOf(PipelineFactory.documentLoader(), "broken.txt.gz", b).reason()).isEqualTo(RejectReason.UNREADABLE);
    }

    @Test
    void nonPositiveLimitIsRefused() {
        assertThatThrownBy(() -> PipelineFactory.documentLoader(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
