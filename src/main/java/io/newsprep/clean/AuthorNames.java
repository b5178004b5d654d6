package io.newsprep.clean;

import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the names a byline gives into person names: agencies, roles and site furniture ("Opinion", "admin",
 * "Cleveland.com", "Staff") are dropped, a name written in capitals gets ordinary case, one-word names (user names,
 * brands) are dropped except short CJK names. The words are a data file ({@code clean/author-stop.tsv}).
 */
final class AuthorNames {

    private static final int MAX_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]+");
    /** Roles written after a CJK name without a space ("山田太郎記者"). */
    private static final Pattern CJK_ROLE = Pattern.compile("(?:記者|기자|特派員|특파원|通信員)$");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b(\\p{Lu})(\\p{Lu}+)\\b");

    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");

    private final Set<String> stop = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    /** The lower-case words a name may hold ("de", "van"); any other makes it a phrase ("Nokia Sells Qt to Digia"). */
    private final Set<String> particles = new HashSet<>();

    AuthorNames(String resource) {
        for (String kind : List.of("chrome", "agency", "role")) {
            ResourceTable.words(resource, kind).forEach(w -> stop.add(w.toLowerCase(Locale.ROOT)));
        }
        ResourceTable.words(resource, "role").forEach(w -> roles.add(w.toLowerCase(Locale.ROOT)));
        particles.addAll(ResourceTable.words(BylineParser.RESOURCE, "particle"));
    }

    static AuthorNames fromResources() {
        return new AuthorNames("/clean/author-stop.tsv");
    }

    /** The person names among the given ones, in order, without repeats. */
    List<String> persons(List<String> names) {
        return persons(names, false);
    }

    /** As {@link #persons(List)}; a labelled byline ("Author: Lok") may give a one-word name. */
    List<String> persons(List<String> names, boolean labelled) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : names) {
            String name = person(raw, labelled);
            if (name != null) {
                out.add(name);
            } else if (!out.isEmpty() && isRole(raw)) {
                // a role after the names opens their affiliation ("Jane Doe, Senior Technologist, Speech Project")
                break;
            }
        }
        return new ArrayList<>(out);
    }

    private boolean isRole(String raw) {
        var m = WORD.matcher(raw == null ? "" : raw);
        while (m.find()) {
            if (roles.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The name as a person's name, or null when it is none. */
    String person(String raw) {
        return person(raw, false);
    }

    private String person(String raw, boolean oneWordAllowed) {
        if (raw == null) {
            return null;
        }
        String name = raw.strip().replaceAll("\\s+", " ");
        if (CJK.matcher(name).matches()) {
            name = CJK_ROLE.matcher(name).replaceFirst("");
            return name.length() >= 2 && name.length() <= 4 ? name : null;
        }
        if (name.isEmpty() || DIGIT.matcher(name).find() || name.contains("@") || name.contains("://")
                || name.toLowerCase(Locale.ROOT).matches(".*\\.(com|net|org)\\b.*")) {
            return null;
        }
        String[] words = name.split(" ");
        if (words.length < (oneWordAllowed ? 1 : 2) || words.length > MAX_WORDS) {
            return null;
        }
        var m = WORD.matcher(name);
        boolean capitalised = false;
        while (m.find()) {
            String word = m.group();
            if (stop.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
            boolean lower = LOWER_WORD.matcher(word).matches();
            if (lower && !particles.contains(word) && name.charAt(Math.max(0, m.start() - 1)) == ' ') {
                return null;
            }
            capitalised |= !lower;
        }
        if (!capitalised) {
            return null;
        }
        return ordinaryCase(name);
    }

    /** "TOM KRISHER" → "Tom Krisher"; a name in mixed case stays as written. */
    private static String ordinaryCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        var m = UPPER_WORD.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
