package io.newsprep.clean;

import io.newsprep.input.Dump;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** When a page was saved: its web archive record's capture time, else its file's modification time. */
final class SavedAt {

    private SavedAt() {
    }

    /** The time, or null when neither is known. */
    static OffsetDateTime of(Dump dump) {
        String crawled = dump.metadata().crawledAt();
        if (crawled != null && !crawled.isBlank()) {
            try {
                return OffsetDateTime.parse(crawled.strip());
            } catch (DateTimeParseException e) {
                // fall back on the file's time
            }
        }
        if (dump.address() == null || dump.file() == null || !dump.file().addressable()) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(dump.file().path()).toInstant().atOffset(ZoneOffset.UTC);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
