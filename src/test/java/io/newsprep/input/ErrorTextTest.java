package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorTextTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFileSaysSoAfterItsName() {
        Path missing = temp.resolve("no/such/place");

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.createDirectory(missing));

        assertThat(e).isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
        assertThat(ErrorText.of(e)).isEqualTo(missing + ": no such file or folder");
        assertThat(ErrorText.withKind(e)).isEqualTo(missing + ": no such file or folder");
    }

    @Test
    void theSystemsOwnReasonWinsAndBothFilesAreNamed() {
        assertThat(ErrorText.of(new FileSystemException("/a", "/b", "No space left on device")))
                .isEqualTo("/a -> /b: No space left on device");
        assertThat(ErrorText.of(new AccessDeniedException("/data/out"))).isEqualTo("/data/out: permission denied");
    }

    @Test
    void otherExceptionsGiveTheirMessageOnOneLineAndTheirKindWhenAsked() {
        IllegalStateException e = new IllegalStateException("first line\n\tsecond  line");

        assertThat(ErrorText.of(e)).isEqualTo("first line second line");
        assertThat(ErrorText.withKind(e)).isEqualTo("IllegalStateException: first line second line");
        assertThat(ErrorText.of(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void theRootCauseIsTheInnermost() {
        NoSuchFileException root = new NoSuchFileException("/x");
        RuntimeException wrapped = new RuntimeException("step failed", new UncheckedIOException(new IOException(root)));

        assertThat(ErrorText.rootOf(wrapped)).isSameAs(root);
    }
}
