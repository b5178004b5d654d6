package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path input;

    private static final String SEPARATOR = "\n---\n";

    /** Many documents in one file, as a web archive holds them: here pages separated by a line of three dashes. */
    private static final DocumentReader PAGES = new DocumentReader() {
        @Override
        public boolean reads(InputFile file) {
            return file.nameEndsWith(".pages");
        }

        @Override
        public List<Dump> read(InputFile file) throws RejectedDumpException {
            List<Dump> documents = new ArrayList<>();
            String text = file.text();
            int offset = 0;
            for (String page : text.split(SEPARATOR, -1)) {
                documents.add(new Dump(new DocumentAddress(file.file(), offset), file.sha256(), page.length(),
                        file.encoding(), DumpFormat.TEXT, List.of(page.strip()), null, null));
                offset += page.length() + SEPARATOR.length();
            }
            return documents;
        }
    };

    private SourceFile write(String name, String content) throws Exception {
        Path f = input.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return SourceFile.of(input, f);
    }

    @Test
    void aReaderForAFormatWithManyDocumentsPerFileGivesEachItsAddress() throws Exception {
        DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(PAGES, new TextDumpReader()));

        List<Dump> documents = loader.loadAll(write("crawl.pages", "first page\n---\nsecond page"));

        assertThat(documents).extracting(d -> d.address().key()).containsExactly("crawl.pages#0", "crawl.pages#15");
        assertThat(documents).extracting(d -> d.lines().get(0)).containsExactly("first page", "second page");
    }

    @Test
    void aFileTheFirstReaderDoesNotTakeGoesToTheNextAsOneDocumentAddressedByItsPath() throws Exception {
        DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(PAGES, new TextDumpReader()));

        Dump dump = loader.load(write("site/story.txt", "one story\n"));

        assertThat(dump.address().wholeFile()).isTrue();
        assertThat(dump.address().key()).isEqualTo("site/story.txt");
    }

    @Test
    void loadingTheOneDocumentOfAFileWithManyIsAOneLineReject() throws Exception {
        DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(PAGES));
        SourceFile file = write("crawl.pages", "a\n---\nb\n---\nc");

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(RejectedDumpException.class)
                .hasMessage("file holds 3 documents, where one is expected");
    }

    @Test
    void aFileNoReaderTakesIsRejectedWithItsReason() throws Exception {
        DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(PAGES));
        SourceFile file = write("story.txt", "one story\n");

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(RejectedDumpException.class)
                .hasMessage("no reader for this kind of file");
    }
}
