package io.newsprep.clean;

import io.newsprep.text.Alternation;
import io.newsprep.text.ResourceTable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises lines that state a date (and little else) and turns the date into ISO form. */
final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern REST = Pattern.compile("^[\\s,|·•\\-–—/:()]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|[a-z]{2,4}))*[\\s,|·•\\-–—/()]*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHARS = 80;

    private final Map<String, Integer> months = new HashMap<>();
    /** A label ("Published on:") before the date. */
    private final Pattern labelled;
    /** A word starting with a weekday's name ("Tue.,", "Wednesday") before the date. */
    private final Pattern weekday;

    DateParser(String monthsResource, String weekdaysResource, String labelsResource) {
        for (String[] row : ResourceTable.read(monthsResource)) {
            months.put(row[0].strip(), Integer.parseInt(row[1].strip()));
        }
        labelled = Pattern.compile("^(?:" + Alternation.of(ResourceTable.words(labelsResource, "label")) + ")\\s*(?:"
                + Alternation.of(ResourceTable.words(labelsResource, "connector")) + "|:)?\\s*:?\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        weekday = Pattern.compile("^(?:" + Alternation.of(ResourceTable.firstColumn(weekdaysResource)) + ")\\p{L}*\\.?,?\\s*",
                Pattern.CASE_INSENSITIVE);
    }

    static DateParser fromResources() {
        return new DateParser("/clean/months.tsv", "/clean/weekdays.tsv", "/clean/date-labels.tsv");
    }

    /** The ISO date (yyyy-MM-dd) when the whole line is a date, optionally labelled and with a time; else null. */
    String isoDate(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS || !containsDigit(s)) {
            return null;
        }
        return parse(s);
    }

    /** The ISO date of a short line with a digit in it, or null. */
    private String parse(String s) {
        Matcher label = labelled.matcher(s);
        if (label.lookingAt()) {
            s = s.substring(label.end());
        }
        Matcher day = weekday.matcher(s);
        if (day.lookingAt()) {
            s = s.substring(day.end());
        }
        String iso;
        if ((iso = tryMatch(ISO, s, 1, 2, 3, false)) != null
                || (iso = tryMatch(CJK, s, 1, 2, 3, false)) != null
                || (iso = tryMatch(DAY_MONTH_YEAR, s, 3, 2, 1, true)) != null
                || (iso = tryMatch(MONTH_DAY_YEAR, s, 3, 1, 2, true)) != null
                || (iso = tryMatch(NUMERIC_DMY, s, 3, 2, 1, false)) != null) {
            return iso;
        }
        return null;
    }

    private String tryMatch(Pattern p, String s, int yearGroup, int monthGroup, int dayGroup, boolean monthName) {
        Matcher m = p.matcher(s);
        if (!m.lookingAt() || !REST.matcher(s.substring(m.end())).matches()) {
            return null;
        }
        Integer month = monthName ? months.get(m.group(monthGroup).toLowerCase(Locale.ROOT))
                : Integer.valueOf(m.group(monthGroup));
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
