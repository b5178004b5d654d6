package io.newsprep.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids sort by start time and are safe as folder names: {@code 20261122T053012Z-4f2a}. */
public final class RunIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    public static String next(Instant now) {
        return STAMP.format(now) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }
}
