package io.newsprep.input.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Normalises the date and date-time forms pages use in their metadata to ISO 8601, or null. */
final class IsoDates {

    private static final DateTimeFormatter OFFSET_NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]xx");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private IsoDates() {
    }

    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        // "2024-11-04 10:00:00+09:00" and "2024/11/04" are common variants of the ISO forms
        String iso = s.replace('/', '-');
        if (iso.length() > 10 && iso.charAt(10) == ' ') {
            iso = iso.substring(0, 10) + 'T' + iso.substring(11).replace(" ", "");
        }
        if (iso.endsWith("z")) {
            iso = iso.substring(0, iso.length() - 1) + 'Z';
        }
        try {
            return OffsetDateTime.parse(iso).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(iso, OFFSET_NO_COLON).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(iso).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(iso).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            String date = iso.length() >= 10 ? iso.substring(0, 10) : iso;
            if (iso.length() == 10 || iso.length() > 10 && iso.charAt(10) == 'T') {
                return LocalDate.parse(date).toString();
            }
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(s, RFC_1123.withLocale(Locale.ENGLISH)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
