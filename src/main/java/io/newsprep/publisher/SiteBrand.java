package io.newsprep.publisher;

import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a copyright holder into the name readers know the site by: a web designer's credit ("Designed by Gray
 * Digital Media") is no publisher; a company behind the site ("CBS Interactive Inc", "TED Conferences, LLC")
 * gives way to a short line of the page that shares a word with it ("CBS News", "TED Blog"); otherwise the legal
 * form is dropped ("ScienceAlert Pty Ltd" → "ScienceAlert", "CNBC LLC" → "CNBC"). Words are in
 * {@code clean/publisher-words.tsv}.
 */
final class SiteBrand {

    private static final Set<String> LEGAL = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "legal"));
    private static final Set<String> CORPORATE = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "corporate"));
    private static final List<String> CREDITS = ResourceTable.words(PublisherName.WORDS, "credit");
    private static final Set<String> CONNECTORS = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "connector"));
    private static final Pattern SPLIT = Pattern.compile("[\\s,]+");
    static final Pattern BULLET = Pattern.compile("^[\\s*•·|>\\-–\\[\\]]+|[\\s\\]]+$");
    /** The characters {@link #BULLET} can start with, and those it can end with (its {@code $} also matches before a final line terminator). */
    static final String BULLET_STARTS = " \t\n\u000B\f\r*•·|>-–[]";
    static final String BULLET_ENDS = " \t\n\u000B\f\r]\u0085\u2028\u2029";
    private static final int MAX_BRAND_WORDS = 3;

    private SiteBrand() {
    }

    /** The site's name for a copyright holder on a page with these lines; null when the holder names no publisher. */
    static String of(String holder, List<String> lines) {
        if (holder == null) {
            return null;
        }
        String lower = holder.toLowerCase(Locale.ROOT);
        for (String credit : CREDITS) {
            if (lower.startsWith(credit)) {
                return null;
            }
        }
        List<String> words = new ArrayList<>();
        boolean corporate = false;
        for (String w : SPLIT.split(holder.strip())) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (LEGAL.contains(lw) || LEGAL.contains(lw + ".")) {
                continue;
            }
            corporate |= CORPORATE.contains(lw);
            words.add(w);
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return holder;
        }
        String core = String.join(" ", words);
        if (corporate) {
            String brand = brandLine(words, lines);
            if (brand != null) {
                return brand;
            }
        }
        return core;
    }

    /** The most frequent short line that starts with the holder's first distinctive word, or null. */
    private static String brandLine(List<String> holderWords, List<String> lines) {
        String first = holderWords.get(0);
        if (first.length() < 2 || CORPORATE.contains(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (String line : lines) {
            String s = withoutBullets(line).strip();
            String[] w = s.split(" ");
            if (w.length < 2 || w.length > MAX_BRAND_WORDS || !w[0].equals(first) || s.contains("©")) {
                continue;
            }
            boolean brandLike = true;
            for (String x : w) {
                brandLike &= !x.isEmpty() && Character.isUpperCase(x.codePointAt(0))
                        && !CORPORATE.contains(x.toLowerCase(Locale.ROOT)) && !LEGAL.contains(x.toLowerCase(Locale.ROOT));
            }
            if (brandLike) {
                counts.merge(s.toLowerCase(Locale.ROOT), 1, Integer::sum);
                spelling.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = spelling.get(e.getKey());
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The line without {@link #BULLET}'s marks; the pattern runs only on a line that starts or ends with one of its characters. */
    private static String withoutBullets(String line) {
        if (line.isEmpty() || BULLET_STARTS.indexOf(line.charAt(0)) < 0
                && BULLET_ENDS.indexOf(line.charAt(line.length() - 1)) < 0) {
            return line;
        }
        return BULLET.matcher(line).replaceAll("");
    }
}
