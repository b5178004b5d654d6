package io.newsprep.clean;

import io.newsprep.text.AsciiWordKey;
import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an article's section in a text dump, where no tag names it, from three kinds of evidence, most reliable
 * first: a breadcrumb trail that starts at the home page and ends with the headline ("• Home", "• Business",
 * "• Headline" gives "Business"); the one section the page's "More in …" links name; a short label just above the
 * headline that the page also lists as a menu item or repeats; the first category of a "Posted in …" line, or of a
 * list of the page's menu items that ends the byline or date line under the headline. A section
 * label is often just one item of a menu, so a lone menu item near the headline counts for nothing (unless the page
 * starts with label and headline), and several "More in …" sections for none.
 * Null beats a wrong section. Words are in {@code clean/section-words.tsv}. Thread-safe.
 */
public final class SectionChooser {

    /** How the section was found: the page's tags, a breadcrumb trail, a "More in …" link, a label, a category line. */
    public static final String HTML_META = "html_meta";
    static final String BREADCRUMB = "breadcrumb";
    static final String MORE_IN = "more_in";
    static final String LABEL = "label";
    static final String CATEGORY = "category";
    /** Every value of {@code section_method}, in the order the output schema lists them. */
    public static final List<String> METHODS = List.of(HTML_META, BREADCRUMB, MORE_IN, LABEL, CATEGORY);

    private static final String WORDS = "/clean/section-words.tsv";
    private static final Set<String> NOT_SECTION = Set.copyOf(ResourceTable.words(WORDS, "not-a-section"));
    private static final Set<String> ROOTS = Set.copyOf(ResourceTable.words(WORDS, "breadcrumb-root"));
    private static final List<String> MORE_IN_PHRASES = ResourceTable.words(WORDS, "more-in");
    /** "Posted in", "Categories:", "Filed under:": the start of the line that lists the article's categories. */
    private static final List<String> CATEGORY_CUES = ResourceTable.words(WORDS, "category-cue");
    /**
     * Where the first category of such a line ends: a comma, a bar, a dash, the tags, the date after it ("November 12")
     * or a comment link ("Comments Off").
     */
    private static final Pattern CATEGORY_END = Pattern.compile(
            "\\s*[,;|·•»]\\s*|\\s+[-–—](?:\\s|$)|\\s+(?:and\\s+)?tagged\\b.*$|\\s+tags?\\s*:.*$|\\s+(?:on|by)\\s+.*\\p{N}.*$|\\s+\\p{N}.*$"
            + "|\\s+\\p{L}+\\.?\\s+\\p{N}.*$|\\s+(?:comments?\\s+off|leave\\s+a\\s+(?:comment|reply)|no\\s+comments)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An abbreviation written with its dots ("U.S.", "U.K."): a label despite the final dot. */
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    /** Each phrase with the space that must follow it at the start of a line. */
    private static final List<String> MORE_IN_OPENINGS = MORE_IN_PHRASES.stream().map(p -> p + " ").toList();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_ARROW = Pattern.compile("\\s*[»›>]+$");
    private static final int MAX_LABEL_WORDS = 4;
    /** The non-empty lines under the headline read for a list of categories without a cue (byline, date, list). */
    private static final int LIST_LINES = 3;
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+");
    private static final int MAX_LABEL_CHARS = 32;
    private static final int MAX_BREADCRUMB = 5;
    /** A run of more menu items right above the headline is a menu, not a trail. */
    private static final int MAX_SHORT_TRAIL = 3;
    /** Lines between a label and the headline (a "Supported by" or a caption may stand between them). */
    private static final int MAX_LABEL_DISTANCE = 3;
    /** A label that is no menu item must occur this often on the page to be a section rather than a one-off line. */
    private static final int MIN_LABEL_REPEATS = 3;
    /** The site's own name heads the page: a label among its first lines is the site, not a section. */
    private static final int SITE_LINES = 3;

    /** The section and how it was found; both null when none can be trusted. */
    public record Choice(String section, String method) {
        public static final Choice NONE = new Choice(null, null);
    }

    /** The section of the article whose line verdicts these are, on a site of this name (null when unknown). */
    public Choice choose(List<LineVerdict> verdicts, String siteName) {
        List<String> texts = new ArrayList<>(verdicts.size());
        Set<Integer> gapAbove = new HashSet<>();
        int title = -1;
        int previousLine = Integer.MIN_VALUE;
        for (LineVerdict v : verdicts) {
            if (v.kind() == LineKind.TITLE && title < 0) {
                title = texts.size();
            }
            if (previousLine != Integer.MIN_VALUE && v.line() > previousLine + 1) {
                gapAbove.add(texts.size()); // a blank line of the dump stood above this one
            }
            previousLine = v.line();
            texts.add(v.text().strip());
        }
        return choose(texts, gapAbove, title, siteName);
    }

    Choice choose(List<String> texts, int title, String siteName) {
        return choose(texts, Set.of(), title, siteName);
    }

    /** As above, where {@code gapAbove} holds the lines with a blank line of the dump above them. */
    Choice choose(List<String> texts, Set<Integer> gapAbove, int title, String siteName) {
        String site = siteName == null ? "" : key(siteName);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> asMenuItem = new HashMap<>();
        for (String t : texts) {
            String k = key(plain(t));
            seen.merge(k, 1, Integer::sum);
            if (BulletPrefix.startsWithOne(t)) {
                asMenuItem.merge(k, 1, Integer::sum);
            }
        }
        if (title >= 0) {
            String crumb = breadcrumb(texts, title);
            if (crumb == null) {
                crumb = arrowTrail(texts, title);
            }
            if (crumb != null && !key(crumb).equals(site)) {
                return new Choice(crumb, BREADCRUMB);
            }
        }
        String more = moreIn(texts);
        if (more != null && !key(more).equals(site) && seen.containsKey(key(more))) {
            return new Choice(more, MORE_IN);
        }
        if (title >= 0) {
            String label = label(texts, title, seen, asMenuItem, site);
            if (label != null) {
                return new Choice(label, LABEL);
            }
            String trail = shortTrail(texts, gapAbove, title, seen, asMenuItem);
            if (trail != null && !key(trail).equals(site)) {
                return new Choice(trail, BREADCRUMB);
            }
        }
        String category = category(texts, Math.max(title, 0));
        if (category != null && !key(category).equals(site)) {
            return new Choice(category, CATEGORY);
        }
        if (title >= 0) {
            String listed = menuListedCategories(texts, title, asMenuItem);
            if (listed != null && !key(listed).equals(site)) {
                return new Choice(listed, CATEGORY);
            }
        }
        return Choice.NONE;
    }

    /**
     * The first category of the first "Posted in Politics, World" / "Categories: Politics" line from the headline on,
     * the list a blog prints under or after its post (lines above the headline are other posts' in a sidebar); null
     * when there is none or its first item is no label (a lower-case tag, a date, page furniture).
     */
    static String category(List<String> texts, int from) {
        for (int i = from; i < texts.size(); i++) {
            String p = plain(texts.get(i));
            String lower = p.toLowerCase(Locale.ROOT);
            for (String cue : CATEGORY_CUES) {
                if (lower.startsWith(cue) && p.length() > cue.length()
                        && (cue.endsWith(":") || Character.isWhitespace(p.charAt(cue.length())))) {
                    String rest = p.substring(cue.length()).strip();
                    if (rest.startsWith(":")) {
                        rest = rest.substring(1).strip();
                    }
                    String first = CATEGORY_END.split(rest, 2)[0].strip();
                    return labelLike(first) ? first : null;
                }
            }
        }
        return null;
    }

    /**
     * The first category of a list that ends a line just under the headline without a cue, after the byline or the
     * date ("21/06/2014 Tony Carter All, Books, Kit Reviews", "Carlos Nadalim 27/09/2018 Comente! Alfabetização,
     * Brinquedos e Brincadeiras"), when every item of the list is also one of the page's menu items: that is the
     * evidence that the words are the blog's categories and not a sentence. The first item is the longest end of its
     * part (at most four words) that is a menu item. Null when no such line stands within the lines below the headline.
     */
    static String menuListedCategories(List<String> texts, int title, Map<String, Integer> asMenuItem) {
        int seenLines = 0;
        for (int i = title + 1; i < texts.size() && seenLines < LIST_LINES; i++) {
            String p = plain(texts.get(i));
            if (p.isEmpty()) {
                continue;
            }
            seenLines++;
            String[] parts = LIST_SEPARATOR.split(p);
            if (parts.length < 2 || BulletPrefix.startsWithOne(texts.get(i))) {
                continue;
            }
            int head = parts.length - 1; // the part whose end is the list's first item ("… Tony Carter All")
            while (head > 0 && labelLike(parts[head].strip()) && asMenuItem.getOrDefault(key(parts[head].strip()), 0) >= 1) {
                head--;
            }
            if (head == parts.length - 1) {
                continue;
            }
            String[] words = parts[head].strip().split("\\s+");
            for (int n = Math.min(MAX_LABEL_WORDS, words.length - 1); n >= 1; n--) {
                String end = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
                if (labelLike(end) && asMenuItem.getOrDefault(key(end), 0) >= 1) {
                    return end;
                }
            }
        }
        return null;
    }

    /**
     * The section of a short trail of two or three menu items right above the headline, set apart from the menu above
     * it ("• News", "• World news", "• Italy"; "• Tech", "• Personal Technology: Review"): its first item that is a
     * label and that the page also shows as a line of its own without a bullet (a heading over the section's other
     * stories); a top level such as "• News" is only linked from the menu, and so are the story's topics ("• Italy"),
     * though a topic may head a box of its own further down, so the trail's first heading is taken, not its last.
     * Exactly one item may be such a heading: where several are, the list is a table of contents whose items head
     * the parts of the page (or the site's name tops the trail), and it gives nothing. A longer run of items is a menu that runs into
     * the headline, which gives nothing. Null when the trail has no such item.
     */
    static String shortTrail(List<String> texts, Set<Integer> gapAbove, int title, Map<String, Integer> seen,
                             Map<String, Integer> asMenuItem) {
        int j = title - 1;
        if (j >= 0 && texts.get(j).isBlank()) {
            j--;
        }
        int bottom = j;
        while (j >= 0 && !texts.get(j).isBlank() && BulletPrefix.startsWithOne(texts.get(j))) {
            j--;
            if (gapAbove.contains(j + 1)) {
                break; // a blank line sets the trail apart from the menu above it
            }
        }
        int items = bottom - j;
        if (items < 2 || items > MAX_SHORT_TRAIL || j < 0) {
            return null; // no trail, a menu running into the headline, or a trail that starts the page
        }
        String heading = null;
        for (int i = j + 1; i <= bottom; i++) {
            String item = plain(texts.get(i));
            String k = key(item);
            if (seen.getOrDefault(k, 0) > asMenuItem.getOrDefault(k, 0)) { // also a heading of its own elsewhere
                if (heading != null) {
                    return null; // several items head parts of the page: a table of contents, not a trail
                }
                heading = item;
            }
        }
        return heading != null && labelLike(heading) ? heading : null;
    }

    /** The item before the headline in a trail of menu items that starts at the home page, or null. */
    private static String breadcrumb(List<String> texts, int title) {
        if (title < 2 || !BulletPrefix.startsWithOne(texts.get(title - 1))
                || !key(plain(texts.get(title - 1))).equals(key(texts.get(title)))) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int j = title - 2; j >= 0 && items.size() < MAX_BREADCRUMB && BulletPrefix.startsWithOne(texts.get(j)); j--) {
            items.add(plain(texts.get(j)));
        }
        if (items.isEmpty() || ROOTS.contains(key(items.get(0))) || !labelLike(items.get(0))) {
            return null;
        }
        for (String item : items) {
            if (ROOTS.contains(key(item))) {
                return items.get(0);
            }
        }
        return null;
    }

    /**
     * The last item of a trail right above the headline whose items are joined by arrows and that starts at the home
     * page ("* Accueil ›", "* Monde", headline): the trail's end is the section. A menu that runs into the headline has
     * no arrows, so it gives nothing; neither does a trail that does not start at the home page.
     */
    static String arrowTrail(List<String> texts, int title) {
        if (title < 2 || !BulletPrefix.startsWithOne(texts.get(title - 1))) {
            return null;
        }
        String last = plain(texts.get(title - 1));
        if (TRAILING_ARROW.matcher(last).find() || !labelLike(last) || ROOTS.contains(key(last))) {
            return null;
        }
        for (int j = title - 2; j >= 0 && title - 1 - j <= MAX_BREADCRUMB; j--) {
            String t = texts.get(j);
            String item = plain(t);
            if (!BulletPrefix.startsWithOne(t) || !TRAILING_ARROW.matcher(item).find()) {
                return null;
            }
            if (ROOTS.contains(key(TRAILING_ARROW.matcher(item).replaceAll("")))) {
                return last;
            }
        }
        return null;
    }

    /** The section the page's "More in …" links name, when they all name the same one; else null. */
    private static String moreIn(List<String> texts) {
        Set<String> named = new LinkedHashSet<>();
        String first = null;
        for (String t : texts) {
            String p = plain(t);
            String lower = p.toLowerCase(Locale.ROOT);
            for (int i = 0; i < MORE_IN_PHRASES.size(); i++) {
                String phrase = MORE_IN_PHRASES.get(i);
                if (lower.startsWith(MORE_IN_OPENINGS.get(i))) {
                    String rest = TRAILING_ARROW.matcher(p.substring(phrase.length()).strip()).replaceAll("");
                    if (labelLike(rest)) {
                        named.add(key(rest));
                        first = first == null ? rest : first;
                    }
                }
            }
        }
        return named.size() == 1 ? first : null;
    }

    /** A short line just above the headline that the page also lists as a menu item or repeats; else null. */
    private static String label(List<String> texts, int title, Map<String, Integer> seen,
                                Map<String, Integer> asMenuItem, String site) {
        for (int d = 1; d <= MAX_LABEL_DISTANCE && title - d >= 0; d++) {
            int j = title - d;
            String t = texts.get(j);
            if (BulletPrefix.startsWithOne(t)) {
                return null; // a menu runs into the headline: one of its items is no evidence
            }
            String k = key(t);
            if (d == 1 && j == 0 && labelLike(t) && t.split("\\s+").length <= 2 && !k.equals(site)) {
                return t; // a page that starts with its label and headline: an export without the site's chrome
            }
            if (!labelLike(t) || k.equals(site) || j < SITE_LINES) {
                continue;
            }
            if (asMenuItem.getOrDefault(k, 0) >= 1 || seen.getOrDefault(k, 0) >= MIN_LABEL_REPEATS) {
                return t;
            }
        }
        return null;
    }

    /** A name written with its domain's ending ("TheHill.com", "Le Monde.fr"). */
    private static final Pattern DOMAIN_LIKE = Pattern.compile("\\S\\.\\p{Ll}{2,}(?:\\s|$)");

    /**
     * A label: one to four words, capitalised, no digits, no sentence or list punctuation, no credit ("Photo: …",
     * "…, AP") or domain, no stock UI word.
     */
    static boolean labelLike(String s) {
        if (s.isEmpty() || s.length() > MAX_LABEL_CHARS || s.split("\\s+").length > MAX_LABEL_WORDS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".!?:,;".indexOf(last) >= 0 && !DOTTED_ABBREVIATION.matcher(s).matches() || s.contains("|") || s.contains("/")
                || s.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        if (s.contains(": ") || s.contains(", ") || DOMAIN_LIKE.matcher(s).find()) {
            return false; // "Photo: Jane Doe, AP" is a credit, "TheHill.com" the site: no section
        }
        int first = s.codePointAt(0);
        boolean cased = Character.isUpperCase(first) || Character.isLowerCase(first);
        if (cased && !Character.isUpperCase(first)) {
            return false;
        }
        String k = key(s);
        return !k.isEmpty() && !NOT_SECTION.contains(k) && !ROOTS.contains(k);
    }

    private static String plain(String line) {
        return BulletPrefix.without(line.strip()).strip();
    }

    static String key(String s) {
        String ascii = AsciiWordKey.of(s);
        if (ascii != null) {
            return ascii;
        }
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
