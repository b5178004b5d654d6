package io.newsprep.publisher;

import io.newsprep.model.UiWords;
import io.newsprep.text.AsciiWordKey;
import io.newsprep.text.GivenNames;
import io.newsprep.text.ResourceTable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of a text dump that may be its site's name, each with what speaks for it: where the page shows it
 * (its title line's first or last part, its feed links, its copyright holder, a short line at the very top or
 * bottom, an "About X" link), how often the page repeats it, whether its letters spell the page's host name
 * ("nytimes.com" ~ "The New York Times"), and its form (length, case, legal form, an owning company's or a menu's
 * words). {@link SiteNameRanker} weighs them. Thread-safe.
 */
public final class SiteNameCandidates {

    /** One candidate name: its spelling on the page and its features (name → value). */
    public record Candidate(String name, Map<String, Double> features) {
    }

    /** Where a candidate may come from; each is a feature of its own. */
    static final List<String> SOURCES = List.of("title-end", "title-start", "feed", "lynx-links", "copyright",
            "copyright-brand", "top-line", "bottom-line", "top-part", "about", "profile");
    /** Every feature, in the order of the weights file. */
    public static final List<String> FEATURES = List.of("title-end", "title-start", "feed", "lynx-links", "copyright",
            "copyright-brand", "top-line", "bottom-line", "top-part", "about", "profile", "cue-before", "cue-after",
            "agree", "whole-lines", "mentions", "most-mentioned", "copyright-elsewhere", "first-line", "host-spelled", "host-initials", "host-part", "one-word", "three-words",
            "four-words", "all-caps", "lower-case", "digit", "legal", "owner", "corporate", "menu-word",
            "person", "platform", "ad-word", "comma");

    /**
     * A separator between parts of a line. A match takes all the white space before and after it, so it starts where
     * the search starts ({@code \\G}, the end of the match before) or right after a character that is no white space:
     * saying so spares the matcher a new attempt at every character of a long run of spaces (which made a line of a
     * thousand spaces cost a thousand times a thousand steps).
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "(?:\\G|(?<!\\s))(?:\\s+(?:\\||-|–|—|::|»|«|·)\\s+|\\s*\\|\\s*)");
    private static final Pattern FEED = Pattern.compile(
            "^#\\s*(\\S.{0,58}?)\\s+(?:»\\s+(?:RSS\\s+|Atom\\s+)?|(?:RSS|Atom)\\s+)Feed\\b");
    private static final Pattern LYNX_LINK_END = Pattern.compile("\\s+(?:»|RSS|Atom|Feed|alternate|Comments|publisher)\\b.*$");
    private static final Pattern ABOUT = Pattern.compile("(?i)^about\\s+(?:the\\s+)?(\\S.{0,40})$");
    static final Pattern BULLET = Pattern.compile("^[\\s*•·|>\\-–\\[\\]□◦+]+|[\\s\\]|:]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORDS = Pattern.compile("[\\s,.]+");
    private static final Set<String> LEGAL = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "legal"));
    private static final Set<String> CORPORATE = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "corporate"));
    private static final Set<String> OWNER = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "owner"));
    private static final Set<String> PLATFORM = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "platform"));
    private static final Set<String> AD = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "ad"));
    private static final List<String> BEFORE = cues("name-before");
    private static final List<String> AFTER = cues("name-after");
    private static final List<String> BEFORE_OPENINGS = BEFORE.stream().map(c -> c + " ").toList();
    private static final List<String> AFTER_ENDINGS = AFTER.stream().map(c -> " " + c).toList();
    /** What {@link #BULLET} removes at the start of a line, and at its end; \s is ASCII white space. */
    private static final String BULLET_START = " \t\n\u000B\f\r*•·|>-–[]□◦+";
    private static final String BULLET_END = " \t\n\u000B\f\r]|:";
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "de", "la", "el", "du", "der", "des",
            "di", "del", "for", "on", "in");
    private static final int MAX_CUE_LINE_WORDS = 12;
    private static final int MAX_NAME_WORDS = 4;
    private static final int EDGE_LINES = 15;
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 50;
    private static final int MIN_HEADLINE_WORDS = 3;

    private final UiWords menuWords = UiWords.shipped();

    /** The candidates of a dump's lines; {@code domain} (the page's registrable domain) and {@code profileName} may be null. */
    public List<Candidate> of(List<String> rawLines, String domain, String profileName) {
        List<String> lines = new ArrayList<>();
        for (String l : rawLines) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Map<String, Double>> found = new LinkedHashMap<>();
        if (!lines.isEmpty()) {
            titleParts(lines.get(0), spelling, found);
            Matcher feed = FEED.matcher(lines.get(0));
            if (feed.find()) {
                add(feed.group(1), "feed", spelling, found);
            }
            if (lines.get(0).startsWith("#")) {
                add(LYNX_LINK_END.matcher(lines.get(0).substring(1).strip()).replaceFirst(""), "lynx-links", spelling, found);
            }
        }
        Map<String, Double> before = new LinkedHashMap<>();
        Map<String, Double> after = new LinkedHashMap<>();
        List<Boolean> copyrightLines = lines.stream().map(CopyrightLineParser::isCopyrightLine).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean top = i < EDGE_LINES;
            boolean bottom = i >= lines.size() - EDGE_LINES;
            if (copyrightLines.get(i)) {
                copyright(line, lines, spelling, found);
                continue;
            }
            String s = mayHaveBullets(line) ? BULLET.matcher(line).replaceAll("").strip() : line;
            cueNames(s, spelling, found, before, after);
            Matcher about = s.regionMatches(true, 0, "about", 0, 5) ? ABOUT.matcher(s) : null;
            if (about != null && about.find()) {
                add(about.group(1), "about", spelling, found);
            }
            if (top || bottom) {
                String[] parts = SEPARATOR.split(s);
                if (parts.length == 1) {
                    add(s, top ? "top-line" : "bottom-line", spelling, found);
                } else if (top && i > 0) {
                    add(parts[0], "top-part", spelling, found);
                }
            }
        }
        if (profileName != null) {
            add(profileName, "profile", spelling, found);
        }
        before.forEach((k, n) -> found.get(k).put("cue-before", Math.log1p(n)));
        after.forEach((k, n) -> found.get(k).put("cue-after", Math.log1p(n)));
        List<Candidate> out = new ArrayList<>();
        String label = domain == null ? null : domainLabel(domain);
        List<String> lowerLines = lines.stream().map(SiteNameCandidates::form).toList();
        List<String> paddedLines = lowerLines.stream().map(l -> " " + l + " ").toList();
        String firstLine = lowerLines.isEmpty() ? "" : " " + lowerLines.get(0) + " ";
        double most = 0;
        for (Map.Entry<String, Map<String, Double>> e : found.entrySet()) {
            String name = spelling.get(e.getKey());
            Map<String, Double> f = new TreeMap<>(e.getValue());
            f.put("agree", (double) Math.max(0, f.keySet().stream().filter(SOURCES::contains).count() - 1));
            describe(name, e.getKey(), lowerLines, paddedLines, copyrightLines, label, f);
            f.put("first-line", firstLine.contains(" " + e.getKey() + " ") ? 1.0 : 0.0);
            most = Math.max(most, f.get("mentions"));
            out.add(new Candidate(name, f));
        }
        for (Candidate c : out) {
            Map<String, Double> f = c.features();
            f.put("most-mentioned", f.get("mentions") >= most ? 1.0 : 0.0);
            f.values().removeIf(v -> v == 0);
        }
        return out;
    }

    private void titleParts(String first, Map<String, String> spelling, Map<String, Map<String, Double>> found) {
        if (first.startsWith("#")) {
            return; // lynx's line of link targets, not a title
        }
        String[] parts = SEPARATOR.split(first);
        if (parts.length < 2) {
            return;
        }
        String last = parts[parts.length - 1];
        String head = first.substring(0, first.length() - last.length());
        if (WORDS.split(head.strip()).length >= MIN_HEADLINE_WORDS) {
            add(last, "title-end", spelling, found);
        }
        String tail = first.substring(parts[0].length());
        if (WORDS.split(tail.strip()).length >= MIN_HEADLINE_WORDS) {
            add(parts[0], "title-start", spelling, found);
        }
    }

    /** The names a short line gives after a cue such as "More from" or before one such as "on Twitter". */
    private static void cueNames(String s, Map<String, String> spelling, Map<String, Map<String, Double>> found,
                                 Map<String, Double> before, Map<String, Double> after) {
        int words = wordCount(s);
        if (words < 2 || words > MAX_CUE_LINE_WORDS) {
            return;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (int c = 0; c < BEFORE.size(); c++) {
            String cue = BEFORE.get(c);
            if (lower.startsWith(BEFORE_OPENINGS.get(c))) {
                String[] rest = s.substring(cue.length()).strip().split("\\s+");
                int n = 0;
                while (n < rest.length && n < MAX_NAME_WORDS && nameWord(rest[n], n == 0)) {
                    n++;
                }
                while (n > 0 && CONNECTORS.contains(rest[n - 1].toLowerCase(Locale.ROOT))) {
                    n--;
                }
                if (n > 0) {
                    count(String.join(" ", List.of(rest).subList(0, n)), before, spelling, found);
                }
            }
        }
        for (int c = 0; c < AFTER.size(); c++) {
            String cue = AFTER.get(c);
            if (lower.endsWith(AFTER_ENDINGS.get(c))) {
                String[] head = s.substring(0, s.length() - cue.length()).strip().split("\\s+");
                int n = 0;
                while (n < head.length && n < MAX_NAME_WORDS && nameWord(head[head.length - 1 - n], false)) {
                    n++;
                }
                while (n > 0 && CONNECTORS.contains(head[head.length - n].toLowerCase(Locale.ROOT))) {
                    n--;
                }
                if (n > 0) {
                    count(withoutCue(String.join(" ", List.of(head).subList(head.length - n, head.length))), after,
                            spelling, found);
                }
            }
        }
    }

    /** Whether {@link #BULLET} can remove anything from the stripped, non-blank line: only when it starts or ends with one of its characters. */
    private static boolean mayHaveBullets(String line) {
        return BULLET_START.indexOf(line.charAt(0)) >= 0 || BULLET_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * A length that {@code BULLET.matcher(raw).replaceAll("").strip()} cannot go below: the span from the first to the
     * last character that neither {@link #BULLET} (its leading or its trailing characters, the latter also before a
     * final line terminator) nor {@link String#strip} removes.
     */
    static int keptSpan(String raw) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (BULLET_START.indexOf(c) < 0 && BULLET_END.indexOf(c) < 0 && !Character.isWhitespace(c)
                    && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    /** The length of {@code s.split("\\s+")} for a stripped line, without the pattern. */
    private static int wordCount(String s) {
        int words = 1;
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space) {
                gap = true;
            } else if (gap) {
                words++;
                gap = false;
            }
        }
        return words;
    }

    /** "Join BBC Future" → "BBC Future": a cue that stands before the name is no part of it. */
    private static String withoutCue(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String cue : BEFORE) {
            if (lower.startsWith(cue + " ")) {
                return name.substring(cue.length()).strip();
            }
        }
        return name;
    }

    private static void count(String raw, Map<String, Double> counts, Map<String, String> spelling,
                              Map<String, Map<String, Double>> found) {
        String name = raw.startsWith("@") ? raw.substring(1) : raw;
        if (!PublisherName.isPlausible(name)) {
            return;
        }
        String key = form(name);
        if (key.isEmpty()) {
            return;
        }
        spelling.putIfAbsent(key, name);
        found.computeIfAbsent(key, k -> new LinkedHashMap<>());
        counts.merge(key, 1.0, Double::sum);
    }

    /** A word of a name: capitalised, a number, a handle, or a joining word inside it. */
    private static boolean nameWord(String w, boolean first) {
        if (w.isEmpty()) {
            return false;
        }
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '@' && w.length() > 1
                || !first && CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static List<String> cues(String kind) {
        return ResourceTable.words(PublisherName.WORDS, kind).stream()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The holder of a copyright line without its legal form, and the brand line a company holder gives way to. */
    private static void copyright(String line, List<String> lines, Map<String, String> spelling,
                                  Map<String, Map<String, Double>> found) {
        PublisherMention m = CopyrightLineParser.parse(line);
        if (m == null) {
            return;
        }
        if (m.domain() != null) {
            add(m.domain(), "copyright", spelling, found);
        }
        if (m.name() == null) {
            return;
        }
        String holder = m.name().replaceFirst("^copy\\s+(?:\\d{4}\\s+)?", "");
        List<String> words = new ArrayList<>();
        for (String w : holder.split("[\\s,]+")) {
            if (!LEGAL.contains(w.toLowerCase(Locale.ROOT)) && !LEGAL.contains(w.toLowerCase(Locale.ROOT) + ".")) {
                words.add(w);
            }
        }
        add(words.isEmpty() ? holder : String.join(" ", words), "copyright", spelling, found);
        String brand = SiteBrand.of(holder, lines);
        if (brand != null && !form(brand).equals(form(String.join(" ", words)))) {
            add(brand, "copyright-brand", spelling, found);
        }
    }

    private static void add(String raw, String source, Map<String, String> spelling, Map<String, Map<String, Double>> found) {
        if (keptSpan(raw) > MAX_CHARS) {
            return; // the name would be longer still: no need to run BULLET over a long line
        }
        String name = BULLET.matcher(raw).replaceAll("").strip();
        if (name.length() > MAX_CHARS || WORDS.split(name).length > MAX_WORDS || !PublisherName.isPlausible(name)
                || name.contains("://")) {
            return;
        }
        String key = form(name);
        if (key.isEmpty()) {
            return;
        }
        spelling.putIfAbsent(key, name);
        found.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(source, 1.0);
    }

    private void describe(String name, String key, List<String> lowerLines, List<String> paddedLines,
                          List<Boolean> copyrightLines, String label, Map<String, Double> f) {
        int whole = 0;
        int mentions = 0;
        int elsewhere = 0;
        String padded = " " + key + " ";
        for (int i = 0; i < lowerLines.size(); i++) {
            String l = lowerLines.get(i);
            if (l.equals(key)) {
                whole++;
            }
            if (paddedLines.get(i).contains(padded)) {
                mentions++;
                elsewhere += copyrightLines.get(i) ? 0 : 1;
            }
        }
        if (f.containsKey("copyright") || f.containsKey("copyright-brand")) {
            f.put("copyright-elsewhere", elsewhere > 0 ? 1.0 : 0.0);
        }
        f.put("whole-lines", Math.log1p(whole));
        f.put("mentions", Math.log1p(mentions));
        if (label != null) {
            hostFeatures(key, label, f);
        }
        String[] words = key.split(" ");
        f.put("one-word", words.length == 1 ? 1.0 : 0.0);
        f.put("three-words", words.length == 3 ? 1.0 : 0.0);
        f.put("four-words", words.length >= 4 ? 1.0 : 0.0);
        boolean hasLower = name.codePoints().anyMatch(Character::isLowerCase);
        boolean hasUpper = name.codePoints().anyMatch(Character::isUpperCase);
        f.put("all-caps", hasUpper && !hasLower && name.codePointCount(0, name.length()) > 3 ? 1.0 : 0.0);
        f.put("lower-case", hasLower && !hasUpper && !name.contains(".") ? 1.0 : 0.0);
        f.put("digit", name.codePoints().anyMatch(Character::isDigit) ? 1.0 : 0.0);
        double legal = 0;
        double owner = 0;
        double corporate = 0;
        double menu = 0;
        for (String w : WORDS.split(name.toLowerCase(Locale.ROOT))) {
            legal = Math.max(legal, LEGAL.contains(w) || LEGAL.contains(w + ".") ? 1 : 0);
            owner = Math.max(owner, OWNER.contains(w) ? 1 : 0);
            corporate = Math.max(corporate, CORPORATE.contains(w) ? 1 : 0);
            menu = Math.max(menu, menuWords.contains(w) ? 1 : 0);
        }
        f.put("legal", legal);
        f.put("owner", owner);
        f.put("corporate", corporate);
        f.put("menu-word", menu);
        f.put("person", person(name) ? 1.0 : 0.0);
        f.put("platform", platform(key) ? 1.0 : 0.0);
        f.put("ad-word", adWord(key) ? 1.0 : 0.0);
        f.put("comma", name.indexOf(',') >= 0 ? 1.0 : 0.0);
    }

    /**
     * A person's name rather than a site's: two or three capitalised words, the first a known given name ("Bill
     * McKenzie", "Nancy Atkinson"; clean/given-names.txt): an author's or a blogger's, named by "About" or a cue.
     */
    static boolean person(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) || !w.codePoints().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return GivenNames.contains(words[0]);
    }

    /** A blogging platform's name ("WordPress.com" of "Blog at WordPress.com", "Tumblr"): the host, not the site. */
    static boolean platform(String key) {
        return anyWordIn(key, PLATFORM);
    }

    /** A word of an advertisement's label ("About these ads", "Ad Choices", "Remove this ad"). */
    static boolean adWord(String key) {
        return anyWordIn(key, AD);
    }

    private static boolean anyWordIn(String key, Set<String> words) {
        for (String w : key.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the candidate's letters spell the host's label ("fonearena" ~ "Fone Arena", "theguardian" ~ "The
     * Guardian"), its initials do ("nyt" ~ "New York Times"), or one contains the other ("nfl" ~ "NFL.com").
     */
    private static void hostFeatures(String key, String label, Map<String, Double> f) {
        String joined = key.replace(" ", "");
        String noThe = key.startsWith("the ") ? key.substring(4).replace(" ", "") : joined;
        if (joined.equals(label) || noThe.equals(label)) {
            f.put("host-spelled", 1.0);
            return;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : (key.startsWith("the ") ? key.substring(4) : key).split(" ")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        if (initials.length() >= 2 && (label.equals(initials.toString()) || label.startsWith(initials.toString()))) {
            f.put("host-initials", 1.0);
        } else if (joined.length() >= 3 && (label.contains(noThe) || noThe.contains(label))) {
            f.put("host-part", 1.0);
        }
    }

    /** The first label of a registrable domain, "fonearena" for fonearena.com. */
    static String domainLabel(String domain) {
        int dot = domain.indexOf('.');
        return form(dot < 0 ? domain : domain.substring(0, dot)).replace(" ", "");
    }

    /** Lower case, without diacritics, words joined by single spaces. */
    public static String form(String s) {
        String ascii = AsciiWordKey.of(s);
        if (ascii != null) {
            return ascii;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(n).replaceAll(" ").strip();
    }
}
