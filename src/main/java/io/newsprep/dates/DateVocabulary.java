package io.newsprep.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import io.newsprep.text.ResourceTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words dates are written with, in the locales of {@code /dates/locales.txt}, all taken from ICU4J's CLDR data:
 * month names of the Gregorian calendar (wide and abbreviated, format (genitive) and stand-alone forms, also of
 * several words: "كانون الثاني"; with the letters the locale's date pattern glues to them: "במרץ" from "d בMMMM y"),
 * the words before a month's number where a locale names months so ("tháng 3"), the month names of a locale whose
 * own calendar is the Solar Hijri one ("اسفند"), weekday names and the phrases of relative times ("2 hours ago",
 * "vor 3 Tagen", "昨天"); and the time-zone abbreviations of {@code /dates/zones.tsv}.
 */
public final class DateVocabulary {

    /**
     * A relative-time phrase: its pattern (group 1 the count, when it has one), the time one count stands for, and
     * its longest word as {@link #fold} writes it, which a line must contain for the pattern to match.
     */
    public record RelativePhrase(Pattern pattern, Duration unit, boolean counted, String required) {
    }

    private static final int MIN_NAME_CHARS = 3;
    private static final String SPACES = "[\\s\\u00A0\\u202F]+";
    private static final int[] COUNTS = {1, 2, 3, 4, 5, 6, 11, 21, 22, 100, 101};

    private final Map<String, Integer> months;
    private final Map<String, Integer> solarHijriMonths = new HashMap<>();
    private final Set<String> monthNumberWords = new HashSet<>();
    private final Set<String> weekdays;
    private final List<RelativePhrase> relative;
    private final Map<String, ZoneOffset> zones;
    private final Map<String, Boolean> afternoon = new HashMap<>();

    private DateVocabulary(Map<String, Integer> months, Set<String> weekdays, List<RelativePhrase> relative,
                           Map<String, ZoneOffset> zones) {
        this.months = months;
        this.weekdays = weekdays;
        this.relative = relative;
        this.zones = zones;
    }

    private static final class Holder {
        static final DateVocabulary INSTANCE = build(lines("/dates/locales.txt"), ResourceTable.read("/dates/zones.tsv"));
    }

    /** The vocabulary of the bundled locale list, built once. */
    public static DateVocabulary fromResources() {
        return Holder.INSTANCE;
    }

    static DateVocabulary build(List<String> localeTags, List<String[]> zoneRows) {
        Map<String, Integer> months = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, Integer> solarHijri = new HashMap<>();
        Set<String> solarAmbiguous = new HashSet<>();
        Set<String> numberWords = new HashSet<>();
        Set<String> weekdays = new HashSet<>();
        Map<String, Boolean> halfDays = new HashMap<>();
        Map<String, RelativePhrase> relative = new LinkedHashMap<>();
        for (String tag : localeTags) {
            ULocale locale = ULocale.forLanguageTag(tag);
            // the Gregorian calendar's names, also where the locale's own calendar is another one (fa: Solar Hijri)
            DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
            String glued = gluedBeforeMonth(locale);
            Calendar own = Calendar.getInstance(locale);
            DateFormatSymbols ownSymbols = "persian".equals(own.getType()) ? new DateFormatSymbols(own, locale) : null;
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < 12 && m < names.length; m++) {
                        addMonth(months, ambiguous, key(names[m]), m + 1);
                        if (!glued.isEmpty()) {
                            addMonth(months, ambiguous, key(glued + names[m]), m + 1);
                        }
                        addMonthNumberWord(numberWords, key(names[m]));
                    }
                    if (ownSymbols != null) {
                        String[] ownNames = ownSymbols.getMonths(context, width);
                        for (int m = 0; m < 12 && m < ownNames.length; m++) {
                            // "دی" (the tenth month) has two letters; read only with a Solar Hijri year, it is safe
                            addMonth(solarHijri, solarAmbiguous, key(ownNames[m]), m + 1, 2);
                        }
                    }
                    String[] days = symbols.getWeekdays(context, width);
                    for (String d : days) {
                        String k = key(d);
                        if (k.length() >= 2) {
                            weekdays.add(k);
                        }
                    }
                }
            }
            addRelative(relative, locale);
            String[] amPm = symbols.getAmPmStrings();
            halfDays.putIfAbsent(key(amPm[0]), false);
            halfDays.putIfAbsent(key(amPm[1]), true);
        }
        ambiguous.forEach(months::remove);
        solarAmbiguous.forEach(solarHijri::remove);
        Map<String, ZoneOffset> zones = new HashMap<>();
        DateVocabulary built = null;
        for (String[] row : zoneRows) {
            zones.put(row[0].strip(), ZoneOffset.of(row[1].strip()));
        }
        built = new DateVocabulary(Map.copyOf(months), Set.copyOf(weekdays), List.copyOf(relative.values()), Map.copyOf(zones));
        built.afternoon.putAll(halfDays);
        built.solarHijriMonths.putAll(solarHijri);
        built.monthNumberWords.addAll(numberWords);
        return built;
    }

    /**
     * The letters the locale's long date pattern writes right before the month's name, without a space ("ב" in he:
     * "d בMMMM y").
     * The pattern's own field letters are ASCII: only letters of other scripts are literal text.
     */
    private static String gluedBeforeMonth(ULocale locale) {
        // the long date format's pattern: a pattern generator would give the same at twice the cost of building it
        String pattern = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.LONG, locale)).toPattern();
        int at = pattern.indexOf("MMM");
        int from = at;
        while (from > 0 && Character.isLetter(pattern.charAt(from - 1)) && pattern.charAt(from - 1) > 'z') {
            from--;
        }
        return at < 0 ? "" : pattern.substring(from, at);
    }

    /** The word before the number where a locale names its months with numbers ("tháng" of "tháng 3"). */
    private static void addMonthNumberWord(Set<String> words, String name) {
        java.util.regex.Matcher m = MONTH_NUMBER_NAME.matcher(name);
        if (m.matches()) {
            words.add(m.group(1));
        }
    }

    private static final Pattern MONTH_NUMBER_NAME = Pattern.compile("(\\p{L}{2,})\\s+\\p{Nd}{1,2}");

    private static void addMonth(Map<String, Integer> months, Set<String> ambiguous, String name, int month) {
        addMonth(months, ambiguous, name, month, MIN_NAME_CHARS);
    }

    private static void addMonth(Map<String, Integer> months, Set<String> ambiguous, String name, int month, int minChars) {
        if (name.length() < minChars || name.chars().anyMatch(Character::isDigit)) {
            return; // "1月", "8월", "tháng 8": written with digits, read by the numeric forms
        }
        Integer before = months.putIfAbsent(name, month);
        if (before != null && before != month) {
            ambiguous.add(name);
        }
    }

    private static void addRelative(Map<String, RelativePhrase> phrases, ULocale locale) {
        NumberFormat numbers = NumberFormat.getInstance(locale);
        RelativeDateTimeFormatter.Style[] styles = RelativeDateTimeFormatter.Style.values();
        Object[][] units = {
                {RelativeDateTimeFormatter.RelativeUnit.MINUTES, Duration.ofMinutes(1)},
                {RelativeDateTimeFormatter.RelativeUnit.HOURS, Duration.ofHours(1)},
                {RelativeDateTimeFormatter.RelativeUnit.DAYS, Duration.ofDays(1)},
        };
        for (RelativeDateTimeFormatter.Style style : styles) {
            RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(locale, null, style,
                    com.ibm.icu.text.DisplayContext.CAPITALIZATION_NONE);
            for (Object[] unit : units) {
                for (int count : COUNTS) {
                    String text = f.format(count, RelativeDateTimeFormatter.Direction.LAST,
                            (RelativeDateTimeFormatter.RelativeUnit) unit[0]);
                    String number = numbers.format(count);
                    int at = text.indexOf(number);
                    if (at < 0) {
                        continue;
                    }
                    String before = text.substring(0, at);
                    String after = text.substring(at + number.length());
                    String regex = quoted(before) + "(\\p{Nd}{1,3})" + quoted(after);
                    phrases.putIfAbsent(regex, new RelativePhrase(compile(regex), (Duration) unit[1], true,
                            longestWord(before + " " + after)));
                }
            }
            for (Object[] day : new Object[][] {{RelativeDateTimeFormatter.Direction.LAST, 1},
                    {RelativeDateTimeFormatter.Direction.LAST_2, 2}}) {
                String text = f.format((RelativeDateTimeFormatter.Direction) day[0], RelativeDateTimeFormatter.AbsoluteUnit.DAY);
                if (text != null && !text.isBlank()) {
                    String regex = quoted(text);
                    phrases.putIfAbsent(regex, new RelativePhrase(compile(regex), Duration.ofDays((Integer) day[1]), false,
                            longestWord(text)));
                }
            }
        }
    }

    /** The longest of a phrase's literal parts between spaces, folded. */
    private static String longestWord(String literal) {
        String longest = "";
        for (String part : literal.split(SPACES)) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return fold(longest);
    }

    /**
     * A text with each character folded as a case-insensitive {@link Pattern} compares them (upper case, then lower
     * case), so that a folded line contains a folded literal wherever such a pattern would find it.
     */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return b.toString();
    }

    /** A phrase's literal text with each run of spaces (also no-break and narrow ones) matching any run of spaces. */
    private static String quoted(String literal) {
        StringBuilder b = new StringBuilder();
        String[] parts = literal.split(SPACES, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append(SPACES);
            }
            if (!parts[i].isEmpty()) {
                b.append(Pattern.quote(parts[i]));
            }
        }
        return b.toString();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{Nd}])" + regex + "(?![\\p{L}\\p{Nd}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A name as looked up: lower case, without a final dot. */
    static String key(String name) {
        String k = oneSpace(name.strip()).toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** A name with each run of spaces (also no-break ones) as one plain space. */
    private static String oneSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))
                    || c == '\u00A0' || c == '\u202F') {
                return s.replaceAll(SPACES, " ");
            }
        }
        return s;
    }

    /** The month (1-12) a word names, or 0. */
    public int month(String word) {
        return months.getOrDefault(key(word), 0);
    }

    /** The month (1-12) of the Solar Hijri calendar a word names ("اسفند" is 12), or 0. */
    public int solarHijriMonth(String word) {
        return solarHijriMonths.getOrDefault(key(word), 0);
    }

    /** Whether a word stands before a month's number as a month's name ("tháng" of "tháng 3"). */
    public boolean monthNumberWord(String word) {
        return monthNumberWords.contains(key(word));
    }

    /** The names of months of more than one word ("كانون الثاني", "ربيع الأول"), as {@link #key} writes them. */
    public List<String> namesOfSeveralWords() {
        List<String> out = new ArrayList<>();
        for (String name : months.keySet()) {
            if (name.indexOf(' ') > 0) {
                out.add(name);
            }
        }
        for (String name : solarHijriMonths.keySet()) {
            if (name.indexOf(' ') > 0) {
                out.add(name);
            }
        }
        out.sort((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length() : a.compareTo(b));
        return out;
    }

    /** Whether a word marks the afternoon (PM, 오후, 下午), the morning (AM, 오전), or null when it does neither. */
    public Boolean afternoon(String word) {
        return afternoon.get(key(word));
    }

    public boolean weekday(String word) {
        return weekdays.contains(key(word));
    }

    public List<RelativePhrase> relativePhrases() {
        return relative;
    }

    /** The offset of a zone abbreviation (upper case as written), or null. */
    public ZoneOffset zone(String abbreviation) {
        return zones.get(abbreviation);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = DateVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        out.add(s);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
