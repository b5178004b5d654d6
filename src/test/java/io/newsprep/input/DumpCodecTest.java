package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class DumpCodecTest {

    private static final Path ROOT = Path.of("/landing");

    private static Dump roundTrip(Dump dump) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DumpCodec.write(out, dump);
        }
        return DumpCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), ROOT);
    }

    @Test
    void aPageComesBackEqualWithItsMetadataBlankLinesAndLinesLongerThan64Kilobytes() throws Exception {
        char[] longLine = new char[70_000];
        Arrays.fill(longLine, '한');
        Dump page = new Dump(new SourceFile(ROOT.resolve("site/a.html"), "site/a.html"), "ab12", 1234, "UTF-8",
                DumpFormat.HTML, List.of("Title — Zürich", "", new String(longLine), "😀 emoji"),
                new PageMetadata("https://example.com/a", "Title", "2026-01-02T03:04:05Z",
                        List.of("Kim Min-jun", "Anne Müller"), "World", "Example"));
        assertThat(roundTrip(page)).isEqualTo(page);
    }

    @Test
    void theLinesTheMarkupPlacesInTheArticleComeBack() throws Exception {
        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(2);
        bits.set(70);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            lines.add("line " + i);
        }
        Dump page = new Dump(new SourceFile(ROOT.resolve("c.html"), "c.html"), "ef56", 99, "UTF-8", DumpFormat.HTML,
                lines, null, MarkedLines.of(bits));
        Dump back = roundTrip(page);
        assertThat(back).isEqualTo(page);
        assertThat(back.marked().contains(70)).isTrue();
        assertThat(back.marked().contains(3)).isFalse();
    }

    @Test
    void missingMetadataStaysMissing() throws Exception {
        Dump text = new Dump(new SourceFile(ROOT.resolve("b.txt"), "b.txt"), "cd34", 10, "UTF-8 (repaired)",
                DumpFormat.TEXT, List.of("one line"), null);
        Dump back = roundTrip(text);
        assertThat(back).isEqualTo(text);
        assertThat(back.metadata()).isEqualTo(PageMetadata.NONE);
    }
}
