package io.newsprep.clean;

import io.newsprep.dates.DateFinder;
import io.newsprep.dates.DateMention;
import io.newsprep.dates.DateVocabulary;
import io.newsprep.text.Alternation;
import io.newsprep.text.ResourceTable;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that state a date and little else ("Published: Monday, November 4, 2024", "입력 2024.11.04
 * 10:32"): an optional date label and weekday, one date as {@link DateFinder} reads it, then at most a time or the
 * byline of the date's author, a name of two words or more ("... 7:45 am PST by Joe Rossignol").
 */
final class DateLines {

    /** What may follow the date (and the time the finder read with it): punctuation, a time, a zone word. */
    private static final Pattern REST = Pattern.compile("^[\\s,|·•\\-–—/:()\\[\\]]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
            + "(?:\\s*(?:[ap]\\.?m\\.?|[a-z]{2,4}))*[\\s,|·•\\-–—/()\\[\\]]*)?$", Pattern.CASE_INSENSITIVE);
    /** What may stand between the label, the weekday and the date. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,|·•\\-–—/:()\\[\\]]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\-]*\\.?");
    private static final int MAX_CHARS = 80;

    private final DateFinder finder;
    private final DateVocabulary vocabulary;
    /** A label ("Published on:", "입력") before the date. */
    private final Pattern labelled;
    /** The byline that may end a date line ("Monday November 18, 2019 7:45 am PST by Joe Rossignol"). */
    private final Pattern bylineTail;

    DateLines(DateFinder finder, DateVocabulary vocabulary, List<String> labels, List<String> connectors,
              List<String> bylineOpeners) {
        this.finder = finder;
        this.vocabulary = vocabulary;
        this.bylineTail = Pattern.compile("^[\\s,|·•\\-–—]*(?iu:" + Alternation.of(bylineOpeners)
                + ")\\s*:?\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+[\\p{L}.'\\-]+){1,4}\\s*$");
        this.labelled = Pattern.compile("^(?:" + Alternation.of(labels) + ")\\s*(?:" + Alternation.of(connectors)
                + "|:)?\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static DateLines fromResources() {
        String labels = "/clean/date-labels.tsv";
        return new DateLines(DateFinder.fromResources(), DateVocabulary.fromResources(),
                ResourceTable.words(labels, "label"), ResourceTable.words(labels, "connector"),
                ResourceTable.words("/clean/bylines.tsv", "prefix"));
    }

    /** The ISO day (yyyy-MM-dd) when the whole line is a date, optionally labelled and with a time; else null. */
    String isoDate(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return null;
        }
        List<DateMention> found = finder.find(s, true);
        if (found.size() != 1) {
            return null;
        }
        DateMention m = found.get(0);
        String rest = s.substring(m.end());
        if (!onlyLabelAndWeekday(s.substring(0, m.start()))
                || !REST.matcher(rest).matches() && !bylineTail.matcher(rest).matches()) {
            return null;
        }
        return m.date().toString();
    }

    private boolean onlyLabelAndWeekday(String before) {
        String s = before;
        Matcher label = labelled.matcher(s);
        if (label.lookingAt()) {
            s = s.substring(label.end());
        }
        int at = 0;
        while (true) {
            Matcher sep = SEPARATORS.matcher(s).region(at, s.length());
            at = sep.lookingAt() ? sep.end() : at;
            if (at == s.length()) {
                return true;
            }
            Matcher word = WORD.matcher(s).region(at, s.length());
            if (!word.lookingAt() || !vocabulary.weekday(word.group())) {
                return false;
            }
            at = word.end();
        }
    }
}
