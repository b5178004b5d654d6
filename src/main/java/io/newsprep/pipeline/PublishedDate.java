package io.newsprep.pipeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as found on a page, normalised: {@link #iso} is ISO 8601 with seconds and an offset
 * ({@code 2026-11-21T09:30:00+09:00}; {@code Z} when the page gave no zone, and midnight UTC for a bare date),
 * {@link #precision} says how much of it the page gave ({@code date}, {@code minute} or {@code second}). A text
 * that is not an ISO date leaves both null; the raw text is kept by the caller.
 */
public record PublishedDate(String iso, String precision) {

    public static final String DATE = "date";
    public static final String MINUTE = "minute";
    public static final String SECOND = "second";

    private static final PublishedDate NONE = new PublishedDate(null, null);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);

    public static PublishedDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        String text = raw.strip();
        try {
            if (DATE_ONLY.matcher(text).matches()) {
                return new PublishedDate(OUT.format(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)), DATE);
            }
            Matcher m = DATE_TIME.matcher(text);
            if (!m.matches()) {
                return NONE;
            }
            String seconds = m.group(3) == null ? ":00" : m.group(3).replace(',', '.');
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + seconds);
            ZoneOffset offset = m.group(4) == null ? ZoneOffset.UTC : offset(m.group(4));
            return new PublishedDate(OUT.format(OffsetDateTime.of(local.withNano(0), offset)),
                    m.group(3) == null ? MINUTE : SECOND);
        } catch (java.time.DateTimeException e) {
            return NONE;
        }
    }

    private static ZoneOffset offset(String zone) {
        return ZoneOffset.of(zone.toUpperCase(java.util.Locale.ROOT)); // Z, +09, +0900 or +09:00
    }
}
