package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path input;

    @Test
    void aListedNameLeadsBackToItsFile() throws Exception {
        Files.createDirectories(input.resolve("site"));
        Files.writeString(input.resolve("site/dump.txt"), "text");

        SourceFile file = SourceFile.listed(input, "site/dump.txt");

        assertThat(file.addressable()).isTrue();
        assertThat(file.path()).isEqualTo(input.resolve("site/dump.txt")).exists();
        assertThat(file.relativePath()).isEqualTo("site/dump.txt");
    }

    @Test
    void aNameTheFileNameEncodingCannotExpressHasNoPath() {
        // a lone surrogate: no file-name encoding can write it, as with a non-ASCII name under the C locale
        SourceFile file = SourceFile.listed(input, "site/broken-\uD800.txt");

        assertThat(file.addressable()).isFalse();
        assertThat(file.path()).isNull();
        assertThat(file.relativePath()).isEqualTo("site/broken-\uD800.txt");
    }

    @Test
    void aNameWithUndecodableBytesHasNoPathUnlessAFileIsReallyCalledSo() throws Exception {
        assertThat(SourceFile.listed(input, "latin1-\uFFFD.txt").addressable()).as("decoded from a byte that is not UTF-8")
                .isFalse();

        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "file names are not UTF-8 here");
        Files.writeString(input.resolve("odd-\uFFFD.txt"), "text");
        assertThat(SourceFile.listed(input, "odd-\uFFFD.txt").addressable()).as("a name that holds U+FFFD itself").isTrue();
    }

    @Test
    void theReasonNamesTheEncodingAndWhatToDo() {
        assertThat(SourceFile.whyNotAddressable()).startsWith("cannot read: the file name is not valid in ")
                .contains(System.getProperty("sun.jnu.encoding")).contains("rename the file");
    }
}
