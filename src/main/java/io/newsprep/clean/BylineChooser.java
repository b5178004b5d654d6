package io.newsprep.clean;

import io.newsprep.dates.DateFinder;
import io.newsprep.text.Alternation;
import io.newsprep.text.GivenNames;
import io.newsprep.text.ResourceTable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the article's own byline among the lines around its headline, by a transparent score whose weights are a
 * data file ({@code clean/byline-choice.tsv}): a byline cue counts most, a bare name line less, a date beside it
 * helps, and every line away from the headline, a place above it or inside the body costs. Bylines of related
 * stories and comments lie after the body or far from the headline and lose. The names become person names
 * ({@link AuthorNames}); a candidate left without a person's name is no candidate.
 */
final class BylineChooser {

    /** How far around the headline and the first paragraph a byline is looked for. */
    private static final int REACH_BELOW = 4;
    private static final int REACH_ABOVE = 8;
    private static final int MAX_SPAN = 40;
    /** Lines right below the last kept line where a byline closing the article is looked for. */
    private static final int BELOW_BODY = 2;
    private static final int INSIDE_BODY_SLACK = 2;
    private static final int MAX_BARE_WORDS = 4;
    private static final int MAX_LABELLED_CHARS = 80;
    /** How far above the headline an earlier print of it may stand, and how long it must be to count. */
    private static final int MAX_ECHO_DISTANCE = 60;
    private static final int MIN_ECHO_CHARS = 20;
    /** What may follow a name after a comma on a line of its own: an outlet or a role ("VICTOR TANGERMANN, FUTURISM"). */
    private static final Pattern AFFILIATION = Pattern.compile("^([^,]{4,60}?),\\s*[\\p{L}][\\p{L}.&' -]{1,40}$");
    /** A year or a time of day: the line may carry a date the rules did not read ("9th August 2012 by Jo Roe"). */
    private static final Pattern YEAR_OR_TIME = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");
    /** A numeric date or a time of day on a short line beside a name. */
    private static final Pattern SHORT_DATE = Pattern.compile(
            "\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?:\\d{2})?\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:19|20)\\d{2}\\b");
    private static final int MAX_DATE_LINE_CHARS = 40;
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern GLUED_BY = Pattern.compile("^.*?\\p{Ll} (By\\s+\\S.*)$");
    /** A name, a separator and a date or time ("Chris Davies - Nov 19, 2019, 10:31 pm CST"). */
    private static final Pattern NAME_THEN_DATE = Pattern.compile(
            "^([^|·•\\-–—]{4,60}?)\\s+[|·•\\-–—/]\\s+.*(?:\\d{4}|\\d{1,2}:\\d{2}|\\d+\\s*(?:min|hour|day|h)).*$");
    private static final Pattern BARE_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|del|di|bin|al|la|le)){1,3}$");

    /** Lines either side of a bare name that, with it, make a run of short lines (a menu, a list of names). */
    private static final int MENU_RUN = 3;
    private static final int MAX_MENU_WORDS = 3;
    private static final Pattern MENU_ITEM = Pattern.compile("^[^\\d.?!:;,]{1,40}$");
    /** How far from a name an e-mail address with its surname vouches for it. */
    private static final int EMAIL_REACH = 3;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("\\s*@\\w{2,30}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

    /** A marker or a text browser's button label before a follow button ("(BUTTON) Follow", "+ Follow"). */
    private static final Pattern BUTTON_MARK = Pattern.compile("^(?:\\(BUTTON\\)|\\[[^\\]]{0,20}\\]|[*•+·>-])\\s*");
    /** Any moment serves to tell whether a short line is a relative time ("před 2 hodinami", "3 hours ago"). */
    private static final OffsetDateTime ANY_MOMENT = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final BylineParser parser;
    private final AuthorNames persons;
    private final Map<String, Double> weights = new HashMap<>();
    /** An explicit label ("Author: Lok") vouches even for a one-word name. */
    private final Pattern label;
    /** Two names glued to a word of the page ("Meg JamesStaff Writer", "Eric SongBy Eric Song"). */
    private final Pattern glued;
    /** A byline after a date on one line ("May 3, 2019 by Jane Doe"). */
    private final Pattern dateThenBy;
    /** Openers that may stand alone on the line above the names. */
    private final Set<String> openers;
    /** Given names in lower case: a bare name that starts with one reads as a person's, not a menu item's. */
    /** A short line that ends with an opener, above the names ("Written on Mar 27 by"). */
    private final Pattern endsWithOpener;
    /** A byline that goes on on the next line ("By Jo Roe and", "Par Jo Roe,"). */
    private final Pattern endsWithJoiner;
    /** The longest opener, in characters: a longer line is no opener alone. */
    private final int longestOpener;
    /** The most characters {@link #endsWithOpener} can match before its trailing spaces and colon. */
    private final int longestOpenerEnding;
    /** The buttons of an author box, in lower case ("follow", "become a fan", "folgen"). */
    private final Set<String> follow = new HashSet<>();
    /** Reads relative times ("2 hours ago", "před 2 hodinami") on a short line beside a name. */
    private final DateFinder dates = DateFinder.fromResources();

    BylineChooser(BylineParser parser, AuthorNames persons, String weightsResource) {
        this(parser, persons, readWeights(weightsResource));
    }

    BylineChooser(BylineParser parser, AuthorNames persons, Map<String, Double> weights) {
        this.parser = parser;
        this.persons = persons;
        this.weights.putAll(weights);
        String cues = BylineParser.RESOURCE;
        label = Pattern.compile("(?iu)^(?:" + Alternation.of(ResourceTable.words(cues, "label")) + ")\\s*:.*$");
        glued = Pattern.compile("(?<=\\p{Ll})(?=(?:" + Alternation.of(ResourceTable.words(cues, "glued")) + ")\\b)");
        dateThenBy = Pattern.compile("(?iu)^.*\\d.*?\\s(?:" + Alternation.of(ResourceTable.words(cues, "after-date"))
                + ")\\s+(\\S.*)$");
        endsWithOpener = Pattern.compile("(?iu)^.{0,40}\\s(?:" + Alternation.of(ResourceTable.words(cues, "after-date"))
                + ")\\s*:?$");
        endsWithJoiner = Pattern.compile("(?iu)(?:\\s(?:" + Alternation.of(ResourceTable.words(cues, "joiner")) + ")|,|&)\\s*$");
        openers = new HashSet<>(ResourceTable.words(cues, "prefix"));
        ResourceTable.words(cues, "label").forEach(openers::add);
        ResourceTable.words(cues, "follow").forEach(w -> follow.add(w.toLowerCase(Locale.ROOT)));
        longestOpener = openers.stream().mapToInt(String::length).max().orElse(0);
        // .{0,40} and \s, then one word: each code point of the pattern takes at most two characters of the line
        longestOpenerEnding = 2 * (40 + 1 + ResourceTable.words(cues, "after-date").stream()
                .mapToInt(String::length).max().orElse(0));
    }

    static Map<String, Double> readWeights(String resource) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String[] row : ResourceTable.read(resource)) {
            w.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        return w;
    }

    static BylineChooser fromResources() {
        return new BylineChooser(BylineParser.fromResources(), AuthorNames.fromResources(), "/clean/byline-choice.tsv");
    }

    private double w(String name) {
        return weights.getOrDefault(name, 0.0);
    }

    /**
     * What the choice of one document's byline reads.
     *
     * @param names          per line, the names the explicit rules read from it (empty when it is no byline)
     * @param isoDates       per line, the date the explicit rules read from it, or null
     * @param title          the headline's line, or -1
     * @param firstParagraph the first kept line that reads as a paragraph, or -1
     * @param lastKept       the last kept line (-1 when none): bylines below the body belong to other texts
     */
    record Page(List<String> texts, List<List<String>> names, String[] isoDates, int title, int firstParagraph,
                int lastKept) {
    }

    /** One candidate line, the person names it gives and the features its score adds up. */
    record Scored(int line, List<String> names, boolean cue, Map<String, Double> features) {
    }

    /**
     * The authors of the best byline candidate, or an empty list. Candidates lie between the headline and the first
     * paragraph of the body (a few lines either side); the distance counted is to the nearer of the two.
     */
    List<String> choose(List<String> texts, List<List<String>> names, String[] isoDates, int title, int firstParagraph,
                        int lastKept, String documentKey, CleaningListener listener) {
        Page page = new Page(texts, names, isoDates, title, firstParagraph, lastKept);
        if (listener != CleaningListener.NONE) {
            listener.bylinePage(documentKey, new BylinePages.Page(page));
        }
        return choose(page);
    }

    double score(Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += w(f.getKey()) * f.getValue();
        }
        return z;
    }

    List<String> choose(Page page) {
        List<Scored> candidates = candidates(page);
        double best = Double.NEGATIVE_INFINITY;
        Scored chosen = null;
        Map<Integer, Scored> byLine = new HashMap<>();
        for (Scored c : candidates) {
            byLine.put(c.line(), c);
            double score = score(c.features());
            if (score > best) {
                best = score;
                chosen = c;
            }
        }
        if (chosen == null || best < w("accept")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        if (chosen.cue()) {
            // a byline of several lines ("Correspondent Jo Eun-ah" over "Reporter Ko Do-ye")
            int top = chosen.line();
            while (byLine.containsKey(top - 1) && byLine.get(top - 1).cue()) {
                top--;
            }
            for (int k = top; byLine.containsKey(k) && (k <= chosen.line() || byLine.get(k).cue()); k++) {
                names.addAll(byLine.get(k).names());
            }
        } else {
            names.addAll(chosen.names());
        }
        return new ArrayList<>(names);
    }

    /** Every candidate line of the page with its features, in line order. */
    List<Scored> candidates(Page page) {
        List<String> texts = page.texts();
        String[] isoDates = page.isoDates();
        int title = page.title();
        int firstParagraph = page.firstParagraph();
        int lastKept = page.lastKept();
        int n = texts.size();
        if (title < 0 && firstParagraph < 0) {
            return List.of();
        }
        int from = title < 0 ? firstParagraph : firstParagraph < 0 ? title : Math.min(title, firstParagraph);
        int to = title < 0 ? firstParagraph : firstParagraph < 0 ? title : Math.max(title, firstParagraph);
        if (to - from > MAX_SPAN) {
            // headline and body far apart: one of them is wrong, so look only near the body
            from = firstParagraph >= 0 ? firstParagraph : title;
            to = from;
        }
        int first = Math.max(0, from - REACH_ABOVE);
        int last = Math.min(n - 1, to + REACH_BELOW);
        if (lastKept >= 0) {
            last = Math.min(last, lastKept);
        }
        // a page that prints its headline twice (a print header, then the article) may put the byline under either
        List<Integer> echoes = new ArrayList<>();
        if (title >= 0) {
            String headline = texts.get(title).strip();
            for (int k = Math.max(0, title - MAX_ECHO_DISTANCE); k < title; k++) {
                if (headline.length() >= MIN_ECHO_CHARS && texts.get(k).strip().equals(headline)) {
                    echoes.add(k);
                }
            }
        }
        List<Scored> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        PageLines pageLines = new PageLines(texts);
        int below = lastKept < 0 ? -1 : Math.min(n - 1, lastKept + BELOW_BODY);
        List<Integer> lines = new ArrayList<>();
        for (int echo : echoes) {
            for (int k = echo + 1; k <= Math.min(n - 1, echo + REACH_BELOW); k++) {
                lines.add(k);
            }
        }
        for (int k = first; k <= Math.max(last, below); k++) {
            // the body's own lines are no near candidates; a cue line inside it counts as far ("Author:" in a credits block)
            if (k <= last || k > lastKept) {
                lines.add(k);
            }
        }
        Set<Integer> near = new HashSet<>(lines);
        // a byline cue far from the headline: an author box or a "Posted by" line closing a blog post
        for (int k = 0; k < n; k++) {
            if (!near.contains(k) && (!page.names().get(k).isEmpty() || k > 0 && opensNames(texts.get(k - 1))
                    || labelled(texts.get(k)))) {
                lines.add(k);
            }
        }
        for (int k : lines) {
            boolean far = !near.contains(k);
            boolean belowBody = !far && k > last;
            if (k == title || echoes.contains(k) || belowBody && k <= lastKept || !seen.add(k)) {
                continue;
            }
            Candidate c = candidate(texts, page.names(), isoDates, k);
            // far from the headline only a cue line counts, and none inside a menu ("Contact" over "Advertising")
            if (c == null || far && (!c.cue || inMenuRun(texts, k))) {
                continue;
            }
            // a bare name over its author box's follow button ("Jo Roe" over "Follow", "Jo Roe Become a fan")
            boolean followed = !c.cue && k + 1 < n && followButton(texts.get(k + 1), texts.get(k));
            boolean dated = c.dated || isoDates[k] != null || k > 0 && datedLine(texts.get(k - 1), isoDates[k - 1])
                    || k + 1 < n && datedLine(texts.get(k + 1), isoDates[k + 1])
                    || followed && k + 2 < n && datedLine(texts.get(k + 2), isoDates[k + 2]);
            int away = belowBody ? k - lastKept : Math.min(title < 0 ? Integer.MAX_VALUE : Math.abs(k - title),
                    firstParagraph < 0 ? Integer.MAX_VALUE : Math.abs(k - firstParagraph));
            boolean underEcho = false;
            for (int echo : echoes) {
                if (k > echo && k - echo <= REACH_BELOW && k - echo < away) {
                    away = k - echo;
                    underEcho = true;
                }
            }
            Map<String, Double> f = new LinkedHashMap<>();
            f.put(c.cue ? "cue" : "bare-name", 1.0);
            put(f, "with-date", dated);
            if (!far) {
                f.put("per-line-away", (double) Math.max(0, away - 1));
                put(f, "below-body", belowBody);
                put(f, "above-headline", !belowBody && !underEcho && k < from);
                put(f, "inside-body", !belowBody && firstParagraph >= 0 && k > firstParagraph + INSIDE_BODY_SLACK);
            }
            put(f, "affiliation", c.affiliated);
            put(f, "far", far);
            put(f, "menu-run", !c.cue && inMenuRun(texts, k));
            put(f, "name-elsewhere", namedElsewhere(page, pageLines, k, c.names));
            put(f, "given-name", !c.cue && startsWithGivenName(c.names));
            put(f, "follow", followed);
            out.add(new Scored(k, c.names, c.cue, f));
        }
        // a far byline weighs more on a page with no candidate near its headline
        boolean nearOnes = out.stream().anyMatch(c -> !c.features().containsKey("far"));
        if (!nearOnes) {
            out.forEach(c -> c.features().put("far-alone", 1.0));
        }
        out.sort(java.util.Comparator.comparingInt(Scored::line));
        return out;
    }

    /**
     * A date line the rules read, or a short line of a date or time they did not ("9/11/13 10:00AM") or of a
     * counted relative time ("před 2 hodinami", "3 hours ago", "vor 3 Tagen"; not "this year" in a comment).
     */
    private boolean datedLine(String text, String isoDate) {
        return isoDate != null || text.length() <= MAX_DATE_LINE_CHARS && (SHORT_DATE.matcher(text).find()
                || DIGIT.matcher(text).find() && !dates.findRelative(text, ANY_MOMENT).isEmpty());
    }

    /**
     * The line under a bare name is its author box's follow button: a follow word alone ("Follow", "(BUTTON)
     * Follow", "Folgen"), or after the same name ("Jo Roe Become a fan").
     */
    boolean followButton(String next, String nameLine) {
        String s = SPACES.matcher(next).replaceAll(" ").strip();
        String name = SPACES.matcher(nameLine).replaceAll(" ").strip();
        if (!name.isEmpty() && s.length() > name.length() && s.regionMatches(true, 0, name, 0, name.length())) {
            s = s.substring(name.length()).strip();
        }
        s = BUTTON_MARK.matcher(s).replaceFirst("").strip();
        return !s.isEmpty() && s.length() <= 40 && follow.contains(s.toLowerCase(Locale.ROOT));
    }

    private static void put(Map<String, Double> features, String name, boolean on) {
        if (on) {
            features.put(name, 1.0);
        }
    }

    private record Candidate(List<String> names, boolean cue, boolean dated, boolean affiliated) {
    }

    private Candidate candidate(List<String> texts, List<List<String>> names, String[] isoDates, int k) {
        String text = SPACES.matcher(texts.get(k)).replaceAll(" ").strip();
        String unglued = glued.matcher(text).replaceAll(" ");
        Matcher gluedBy = GLUED_BY.matcher(unglued);
        if (gluedBy.matches()) {
            unglued = gluedBy.group(1);
        }
        List<String> found = !names.get(k).isEmpty() && unglued.equals(text) ? names.get(k) : parser.authors(unglued);
        if (found.isEmpty() && k > 0 && opensNames(texts.get(k - 1))) {
            found = parser.authors("By " + text);
        }
        if (found.isEmpty() && (isoDates[k] != null || YEAR_OR_TIME.matcher(text).find())) {
            Matcher m = dateThenBy.matcher(text);
            if (m.matches()) {
                found = parser.authors("By " + m.group(1));
            }
        }
        List<String> cued = persons.persons(found, label.matcher(text).matches());
        // a name glued to the link of its author box ("Marcus De GuzmanView More Articles", "By Jo RoeEmail Author")
        Matcher gluedAt = glued.matcher(text);
        String line = gluedAt.find() && gluedAt.start() > 0 ? text.substring(0, gluedAt.start()).strip() : text;
        if (cued.isEmpty() && !line.equals(text)) {
            cued = persons.persons(parser.authors(line));
        }
        if (!cued.isEmpty() && k + 1 < texts.size() && endsWithJoiner.matcher(text).find()) {
            // "By Jo Roe and" over "Ann Lee": the names go on on the next line
            List<String> more = persons.persons(parser.authors("By " + SPACES.matcher(texts.get(k + 1)).replaceAll(" ").strip()));
            if (!more.isEmpty()) {
                List<String> all = new ArrayList<>(cued);
                more.stream().filter(m -> !all.contains(m)).forEach(all::add);
                cued = all;
            }
        }
        if (!cued.isEmpty()) {
            return new Candidate(cued, true, false, false);
        }
        // a name printed twice, as a link and as text ("Jo Roe Jo Roe")
        int half = line.length() / 2;
        if (line.length() % 2 == 1 && line.charAt(half) == ' ' && line.substring(0, half).equals(line.substring(half + 1))) {
            line = line.substring(0, half);
        }
        Matcher withDate = NAME_THEN_DATE.matcher(HANDLE.matcher(line).replaceAll("").replaceAll("  +", " "));
        String bare = withDate.matches() ? withDate.group(1).strip() : line;
        Matcher affiliation = AFFILIATION.matcher(bare);
        boolean affiliated = !withDate.matches() && affiliation.matches();
        if (affiliated) {
            bare = affiliation.group(1).strip();
        }
        if (bare.split(" ").length <= MAX_BARE_WORDS && BARE_NAME.matcher(bare).matches()) {
            String p = persons.person(bare);
            if (p != null) {
                return new Candidate(List.of(p), false, withDate.matches(), affiliated);
            }
        }
        return null;
    }

    /**
     * The names of an author value from the page's metadata ("By TOM KRISHER, AP Auto Writer", "Jane Doe and John
     * Roe"): read as a byline; a value that does not read as one is kept whole.
     */
    List<String> split(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> found = parser.authors(v.toLowerCase(Locale.ROOT).startsWith("by ") ? v : "By " + v);
        if (found.isEmpty()) {
            return List.of(v.replaceFirst(",.*$", "").strip());
        }
        return found;
    }

    /**
     * A line that names its author with a label ("Author: Jo Roe") though another rule took it first (a credits
     * block): the explicit rules read no names from it.
     */
    private boolean labelled(String line) {
        // the label pattern needs a colon: a line without one is not matched
        return line.length() <= MAX_LABELLED_CHARS && line.indexOf(':') >= 0 && label.matcher(line.strip()).matches()
                && !parser.authors(line).isEmpty();
    }

    /** An opener alone on its line, or a short line ending with one ("Written on Mar 27 by"), above the names. */
    boolean opensNames(String line) {
        String s = line.strip();
        return isOpenerAlone(s) || withoutColonsAndSpacesAtEnd(s) <= longestOpenerEnding && endsWithOpener.matcher(s).matches();
    }

    /**
     * The length of the line without the colons, white space and line terminators at its end: a linear scan, where
     * a pattern such as {@code [:\s]+$} would start again at every character of a long run of spaces inside it.
     */
    private static int withoutColonsAndSpacesAtEnd(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (c != ':' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r'
                    && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                break;
            }
            end--;
        }
        return end;
    }

    /** The first name that is no initial ("J. Jo Roe" gives "Jo") is a known given name. */
    private boolean startsWithGivenName(List<String> names) {
        for (String name : names) {
            for (String word : name.split("\\s+")) {
                String w = word.replaceAll("[.'’-]+$", "").toLowerCase(Locale.ROOT);
                if (w.length() > 1) {
                    if (GivenNames.contains(w)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** The line is one of three or more short lines in a row (a menu or a list of names, not a byline). */
    private static boolean inMenuRun(List<String> texts, int k) {
        int run = 1;
        for (int j = k - 1; j >= 0 && j >= k - MENU_RUN && isMenuItem(texts.get(j)); j--) {
            run++;
        }
        for (int j = k + 1; j < texts.size() && j <= k + MENU_RUN && isMenuItem(texts.get(j)); j++) {
            run++;
        }
        return run >= MENU_RUN;
    }

    private static boolean isMenuItem(String line) {
        String t = line.strip();
        return MENU_ITEM.matcher(t).matches() && t.split("\\s+").length <= MAX_MENU_WORDS;
    }

    /**
     * One of the names stands on another line of the page in other words (an author box, "Jo Roe is a reporter
     * ...", "Jo Roe Become a fan"), or its surname in an e-mail address next to it. The headline and the body above
     * its last lines do not count: the people a story is about are named there.
     */
    private static boolean namedElsewhere(Page page, PageLines lines, int k, List<String> names) {
        List<String> texts = page.texts();
        String own = lines.stripped(k);
        String headline = page.title() >= 0 ? texts.get(page.title()).toLowerCase(Locale.ROOT) : "";
        int bodyFrom = page.firstParagraph() >= 0 ? page.firstParagraph() : Integer.MAX_VALUE;
        int bodyTo = page.lastKept() - EMAIL_REACH;
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (headline.contains(lower)) {
                continue;
            }
            String[] words = lower.split("\\s+");
            String surname = words[words.length - 1].replaceAll("[^\\p{L}]", "");
            for (int j = 0; j < texts.size(); j++) {
                if (j == k || j >= bodyFrom && j <= bodyTo || lines.stripped(j).equals(own)) {
                    continue;
                }
                String lt = lines.lower(j);
                if (words.length > 1 && lt.contains(lower)) {
                    return true;
                }
                if (Math.abs(j - k) <= EMAIL_REACH && surname.length() >= 3 && lt.contains("@")) {
                    Matcher m = EMAIL.matcher(lt);
                    while (m.find()) {
                        if (m.group().substring(0, m.group().indexOf('@')).contains(surname)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The page's lines stripped and in lower case, made once per page when a candidate first asks for them. */
    private static final class PageLines {
        private final List<String> texts;
        private String[] stripped;
        private String[] lower;

        PageLines(List<String> texts) {
            this.texts = texts;
        }

        String stripped(int j) {
            if (stripped == null) {
                stripped = new String[texts.size()];
                lower = new String[texts.size()];
                for (int i = 0; i < stripped.length; i++) {
                    stripped[i] = texts.get(i).strip();
                    lower[i] = stripped[i].toLowerCase(Locale.ROOT);
                }
            }
            return stripped[j];
        }

        String lower(int j) {
            stripped(j);
            return lower[j];
        }
    }

    /**
     * The stripped line in lower case without the colons and white space ({@code [:\\s]}) at its end is an opener.
     * Those characters are their own lower case, so they are cut first; a line of more than twice the longest
     * opener's characters is none (lower case keeps every code point, and a code point takes at most two).
     */
    private boolean isOpenerAlone(String line) {
        String s = line.strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || isAsciiSpace(s.charAt(end - 1)))) {
            end--;
        }
        return end <= 2 * longestOpener && openers.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** {@code \\s} of a pattern without the Unicode flag. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
