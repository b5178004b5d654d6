package io.newsprep.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How metadata values are compared. Dates by their day as written (no time zone conversion: the gold keeps the
 * page's own offset). Names in a matching form: compatibility forms folded, diacritics and case dropped,
 * punctuation as space, a leading "By" (authors) or "The" (publishers) and a trailing web domain suffix left out.
 */
public final class MetadataMatch {

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MetadataMatch() {
    }

    /** The day {@code YYYY-MM-DD} of an ISO 8601 date or date-time, or null. */
    public static String day(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(iso);
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    public static String personForm(String name) {
        String s = words(name);
        return s.startsWith("by ") ? s.substring(3) : s;
    }

    public static String publisherForm(String name) {
        String s = words(name.replaceFirst("(?i)\\.(com|net|org|co\\.uk|co|info|ca|in)\\s*$", ""));
        s = s.startsWith("the ") ? s.substring(4) : s;
        return s.replace(" ", "");
    }

    /** Same publisher name; "The Hill" is also "TheHill" (the article may be written joined). */
    public static boolean sameName(String gold, String predicted) {
        String g = publisherForm(gold);
        String p = publisherForm(predicted);
        return !g.isEmpty() && (g.equals(p) || g.equals(withoutThe(p)) || p.equals(withoutThe(g)));
    }

    private static String withoutThe(String form) {
        return form.startsWith("the") && form.length() > 3 ? form.substring(3) : form;
    }

    /**
     * Right when every required gold author is among the predicted names and at most one predicted name is not a
     * gold author.
     */
    public static boolean authorsRight(List<String> gold, List<String> required, List<String> predicted) {
        Set<String> got = new HashSet<>();
        predicted.forEach(p -> got.add(personForm(p)));
        Set<String> all = new HashSet<>();
        gold.forEach(g -> all.add(personForm(g)));
        if (!required.stream().map(MetadataMatch::personForm).allMatch(got::contains)) {
            return false;
        }
        return got.stream().filter(p -> !all.contains(p)).count() <= 1;
    }

    private static String words(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(n).replaceAll(" ").strip();
    }
}
