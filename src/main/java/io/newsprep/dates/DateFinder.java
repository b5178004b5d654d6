package io.newsprep.dates;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates written in a line, in any of the vocabulary's languages: numeric forms (2018-08-25, 25.08.2018,
 * 08/25/2018), month names in either order ("sexta-feira, 22 de outubro de 2010", "Aug. 25th, 2018"), CJK and
 * Hangul forms (2018年8月25日), with the time and zone that follow them; relative phrases ("3 hours ago") against a
 * reference time. Years of the Thai Buddhist era (2561) become Gregorian ones.
 */
public final class DateFinder {

    private static final String DIGITS_1_2 = "(\\p{Nd}{1,2})";
    private static final String YEAR = "(\\p{Nd}{4})";
    /** The end of a written date's year: no digit follows, unless a time is glued to it ("Nov 20 20194:29 AM"). */
    private static final String YEAR_END = "(?:(?!\\p{Nd})|(?=\\p{Nd}{1,2}:\\p{Nd}{2}))";
    private static final String WORD = "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}][\\p{L}\\p{M}]*(?:\\.[\\p{L}\\p{M}]+)*)(?![\\p{L}\\p{M}])";
    /** A short word between the parts of a date: "de", "di", "of", "του". */
    private static final String JOINER = "(?:[\\s,]+\\p{L}{1,3}(?=[\\s,]))?";
    private static final String ORDINAL = "(?:st|nd|rd|th|er|e|º|ª|\\.)?";
    private static final Pattern CJK = Pattern.compile(YEAR + "\\s*[年년]\\s*" + DIGITS_1_2 + "\\s*[月월]\\s*" + DIGITS_1_2 + "\\s*[日일]?");
    private static final Pattern ISO = Pattern.compile("(?<![\\p{Nd}.,/-])" + YEAR + "(?:([-/])" + DIGITS_1_2 + "\\2" + DIGITS_1_2
            + "|\\.\\s?" + DIGITS_1_2 + "\\.\\s?" + DIGITS_1_2 + "\\.?)(?![\\p{Nd}])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\p{Nd}.,/-])" + DIGITS_1_2 + "([-./])" + DIGITS_1_2 + "\\2"
            + YEAR + "(?![\\p{Nd}])");
    /** Digits, with a year of two, and a time right after them: "11/19/19 06:56 AM" (a bare 11/19/19 is too unsure). */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(?<![\\p{Nd}.,/-])" + DIGITS_1_2 + "([-./])" + DIGITS_1_2
            + "\\2(\\p{Nd}{2})(?!\\p{Nd}|[.,/-]\\p{Nd})(?=[\\s,|·•\\-–—@]*\\p{Nd}{1,2}:\\p{Nd}{2})");
    /** A time written with a dot ("14.00 EDT") counts only with two digits for the minutes and no digit after them. */
    private static final Pattern TIME = Pattern.compile("^[\\s,|·•\\-–—@/(\\[]*(?:([\\p{L}]{1,5})\\.?\\s*)?" + DIGITS_1_2
            + "(?:[:h]|\\.(?=\\p{Nd}{2}(?![\\p{Nd}.,])))" + "(\\p{Nd}{2})(?::(\\p{Nd}{2}))?(?:[.,]\\p{Nd}+)?\\s*([ap]\\.?\\s?m\\.?)?", Pattern.CASE_INSENSITIVE);
    /** A time right before a date ("21:17 18.11.2019"), when no time follows it. */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\p{Nd}:.])" + DIGITS_1_2 + ":(\\p{Nd}{2})\\s*[,|·•\\-–—]?\\s*$");
    private static final Pattern OFFSET = Pattern.compile("^\\s*\\(?\\s*(?:(UTC|GMT|Z)\\s*)?([+\\-−]\\s?\\p{Nd}{1,2}(?::?\\p{Nd}{2})?)?");
    private static final Pattern ZONE_WORD = Pattern.compile("^\\s*\\(?\\s*([A-Z]{1,5})(?![\\p{L}])");
    private static final int BUDDHIST_ERA = 543;

    /** Years of the Solar Hijri calendar of the dates a news page may carry (1373 began in March 1994). */
    private static final int SOLAR_HIJRI_FIRST = 1370;
    private static final int SOLAR_HIJRI_LAST = 1410;

    private final DateVocabulary vocabulary;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern yearMonthDay;
    /** A day, the word a locale names months with before their number, the month's number, the year: "5 tháng 3 năm 2024". */
    private final Pattern dayNumberedMonthYear;

    public DateFinder(DateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        String month = monthWord(vocabulary.namesOfSeveralWords());
        dayMonthYear = Pattern.compile("(?<![\\p{Nd}\\p{L}])" + DIGITS_1_2 + ORDINAL + JOINER
                + "[\\s\\-]*" + month + "\\.?" + JOINER + "[\\s,\\-]*" + YEAR + YEAR_END, Pattern.CASE_INSENSITIVE);
        monthDayYear = Pattern.compile("(?<![\\p{L}])" + month + "\\.?\\s*" + DIGITS_1_2
                + "(?:st|nd|rd|th)?,?\\s*" + YEAR + YEAR_END, Pattern.CASE_INSENSITIVE);
        yearMonthDay = Pattern.compile("(?<![\\p{Nd}])" + YEAR + "\\.?\\s*" + month + "\\.?\\s*"
                + DIGITS_1_2 + "(?![\\p{Nd}])", Pattern.CASE_INSENSITIVE);
        dayNumberedMonthYear = Pattern.compile("(?<![\\p{Nd}\\p{L}])" + DIGITS_1_2 + "\\s+" + WORD + "\\s+" + DIGITS_1_2
                + "(?!\\p{Nd})" + JOINER + "[\\s,\\-]*" + YEAR + YEAR_END, Pattern.CASE_INSENSITIVE);
    }

    /** A month's name: one of the names of several words, else one word (a capturing group either way). */
    private static String monthWord(List<String> severalWords) {
        StringBuilder alternatives = new StringBuilder();
        for (String name : severalWords) {
            alternatives.append(Pattern.quote(name).replace(" ", "\\E[\\s\\u00A0]+\\Q")).append('|');
        }
        return "(?<![\\p{L}\\p{M}])(" + alternatives + "[\\p{L}\\p{M}][\\p{L}\\p{M}]*(?:\\.[\\p{L}\\p{M}]+)*)(?![\\p{L}\\p{M}])";
    }

    public static DateFinder fromResources() {
        return new DateFinder(DateVocabulary.fromResources());
    }

    /**
     * The absolute dates written in a line, left to right, without overlaps.
     *
     * @param monthFirst how to read an ambiguous numeric date (05/06/2018): true for month first
     */
    public List<DateMention> find(String line, boolean monthFirst) {
        List<DateMention> found = new ArrayList<>();
        // every form has a year of four digits: most lines are passed over before any pattern runs
        if (!hasYearDigits(line)) {
            if (line.indexOf(':') >= 0) {
                collect(found, line, NUMERIC_SHORT_YEAR, DateMention.Form.NUMERIC, monthFirst);
            }
            return found;
        }
        if (hasCjkYearMark(line)) {
            collect(found, line, CJK, DateMention.Form.CJK, monthFirst);
        }
        collect(found, line, ISO, DateMention.Form.ISO, monthFirst);
        collect(found, line, NUMERIC, DateMention.Form.NUMERIC, monthFirst);
        if (line.indexOf(':') >= 0) {
            collect(found, line, NUMERIC_SHORT_YEAR, DateMention.Form.NUMERIC, monthFirst);
        }
        if (hasLetter(line)) {
            collect(found, line, dayMonthYear, DateMention.Form.WRITTEN, monthFirst);
            collect(found, line, monthDayYear, DateMention.Form.WRITTEN, monthFirst);
            collect(found, line, yearMonthDay, DateMention.Form.WRITTEN, monthFirst);
            collect(found, line, dayNumberedMonthYear, DateMention.Form.WRITTEN, monthFirst);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Whether a numeric date's first number must be the day (over 12) or the month (second one over 12); null if either. */
    public static Boolean numericOrder(String line) {
        if (!hasYearDigits(line)) {
            return null;
        }
        Matcher m = NUMERIC.matcher(line);
        while (m.find()) {
            int a = number(m.group(1));
            int b = number(m.group(3));
            if (a > 12 && b <= 12) {
                return false;
            }
            if (b > 12 && a <= 12) {
                return true;
            }
        }
        return null;
    }

    /** The relative times in a line ("3 hours ago", "yesterday"), resolved against the time the page was saved. */
    public List<DateMention> findRelative(String line, OffsetDateTime reference) {
        List<DateMention> found = new ArrayList<>();
        String folded = DateVocabulary.fold(line);
        for (DateVocabulary.RelativePhrase phrase : vocabulary.relativePhrases()) {
            // a phrase whose longest word is not in the line cannot match: most of some 2,000 patterns never run
            if (!folded.contains(phrase.required())) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(line);
            if (m.find() && free(found, m.start(), m.end())) {
                long count = phrase.counted() ? number(m.group(1)) : 1;
                OffsetDateTime at = reference.minus(phrase.unit().multipliedBy(count));
                found.add(new DateMention(m.start(), m.end(), at.toLocalDate(), null, null, DateMention.Form.RELATIVE));
            }
        }
        return found;
    }

    private void collect(List<DateMention> found, String line, Pattern pattern, DateMention.Form form, boolean monthFirst) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            if (!free(found, m.start(), m.end())) {
                continue;
            }
            LocalDate date = date(pattern, m, monthFirst);
            if (date != null) {
                found.add(withTime(line, m.start(), m.end(), date, form));
            }
        }
    }

    private LocalDate date(Pattern pattern, Matcher m, boolean monthFirst) {
        int year;
        int month = 0;
        int day;
        String monthName = null;
        if (pattern == CJK) {
            year = number(m.group(1));
            month = number(m.group(2));
            day = number(m.group(3));
        } else if (pattern == ISO) {
            year = number(m.group(1));
            month = number(m.group(3) != null ? m.group(3) : m.group(5));
            day = number(m.group(4) != null ? m.group(4) : m.group(6));
        } else if (pattern == NUMERIC || pattern == NUMERIC_SHORT_YEAR) {
            int a = number(m.group(1));
            int b = number(m.group(3));
            // dots separate day, month, year (25.08.2018) where they are used; slashes and dashes follow the page
            boolean first = a > 12 ? false : b > 12 || monthFirst && !m.group(2).equals(".");
            month = first ? a : b;
            day = first ? b : a;
            year = number(m.group(4));
            if (pattern == NUMERIC_SHORT_YEAR) {
                year += 2000;
            }
        } else if (pattern == dayNumberedMonthYear) {
            if (!vocabulary.monthNumberWord(m.group(2))) {
                return null;
            }
            day = number(m.group(1));
            month = number(m.group(3));
            year = number(m.group(4));
        } else if (pattern == dayMonthYear) {
            day = number(m.group(1));
            monthName = m.group(2);
            year = number(m.group(3));
        } else if (pattern == monthDayYear) {
            monthName = m.group(1);
            day = number(m.group(2));
            year = number(m.group(3));
        } else {
            year = number(m.group(1));
            monthName = m.group(2);
            day = number(m.group(3));
        }
        if (monthName != null) {
            month = vocabulary.month(monthName);
            if (month == 0) {
                int solar = vocabulary.solarHijriMonth(monthName);
                return solar == 0 ? null : solarHijri(year, solar, day);
            }
        } else if (pattern == ISO && year >= SOLAR_HIJRI_FIRST && year <= SOLAR_HIJRI_LAST) {
            return solarHijri(year, month, day); // "۱۴۰۲/۱۲/۱۵", "1402-12-15": no Gregorian year of a news page
        }
        if (year > 2400) {
            year -= BUDDHIST_ERA;
        }
        if (month < 1 || year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The Gregorian day of a day of the Solar Hijri calendar (ICU4J's), or null when it is no such day. */
    private static LocalDate solarHijri(int year, int month, int day) {
        if (year < SOLAR_HIJRI_FIRST || year > SOLAR_HIJRI_LAST || month < 1 || month > 12) {
            return null;
        }
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.clear();
        calendar.setLenient(false);
        calendar.set(year, month - 1, day);
        try {
            return Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The mention with the time and zone written right after the date, when there are. */
    private DateMention withTime(String line, int start, int end, LocalDate date, DateMention.Form form) {
        String rest = line.substring(end);
        Matcher t = TIME.matcher(rest);
        if (!t.lookingAt()) {
            Matcher b = TIME_BEFORE.matcher(line.substring(0, start));
            if (b.find()) {
                try {
                    return new DateMention(start, end, date, LocalTime.of(number(b.group(1)), number(b.group(2))), null, form);
                } catch (DateTimeException e) {
                    return new DateMention(start, end, date, null, null, form);
                }
            }
            return new DateMention(start, end, date, null, null, form);
        }
        int hour = number(t.group(2));
        int minute = number(t.group(3));
        int second = t.group(4) == null ? 0 : number(t.group(4));
        Boolean afternoon = t.group(5) != null ? (Boolean) t.group(5).toLowerCase(java.util.Locale.ROOT).startsWith("p")
                : t.group(1) == null ? null : vocabulary.afternoon(t.group(1));
        if (afternoon != null) {
            if (hour < 1 || hour > 12) {
                return new DateMention(start, end, date, null, null, form);
            }
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        LocalTime time;
        try {
            time = LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            return new DateMention(start, end, date, null, null, form);
        }
        int timeEnd = end + t.end();
        ZoneOffset offset = null;
        String after = line.substring(timeEnd);
        Matcher o = OFFSET.matcher(after);
        if (o.lookingAt() && (o.group(1) != null || o.group(2) != null)) {
            offset = offset(o.group(1), o.group(2));
            if (offset != null) {
                timeEnd += o.end();
            }
        } else {
            Matcher z = ZONE_WORD.matcher(after);
            if (z.lookingAt() && vocabulary.zone(z.group(1)) != null) {
                offset = vocabulary.zone(z.group(1));
                timeEnd += z.end();
            }
        }
        return new DateMention(start, timeEnd, date, time, offset, form);
    }

    private static ZoneOffset offset(String name, String signed) {
        if (signed == null) {
            return ZoneOffset.UTC;
        }
        String s = signed.replace('−', '-').replace(" ", "").replace(":", "");
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            digits.append(Character.digit(s.charAt(i), 10));
        }
        String d = digits.toString();
        int hours = d.length() <= 2 ? Integer.parseInt(d) : Integer.parseInt(d.substring(0, d.length() - 2));
        int minutes = d.length() <= 2 ? 0 : Integer.parseInt(d.substring(d.length() - 2));
        try {
            return ZoneOffset.ofHoursMinutes(s.charAt(0) == '-' ? -hours : hours, s.charAt(0) == '-' ? -minutes : minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean free(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && end > d.start()) {
                return false;
            }
        }
        return true;
    }

    /** A number in any script's digits. */
    static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    /** Whether four digits stand in a row (code points, as {@code \\p{Nd}} reads them). */
    private static boolean hasYearDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            run = Character.isDigit(c) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean hasCjkYearMark(String s) {
        return s.indexOf('年') >= 0 || s.indexOf('년') >= 0;
    }

    /** Whether a letter or a mark (what a month's name starts with) stands in the line. */
    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
