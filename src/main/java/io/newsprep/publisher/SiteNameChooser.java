package io.newsprep.publisher;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.text.ResourceTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the site name of an article from what names it, most trustworthy first: the page's own tags, the end
 * of its title line ("Headline - Vox"), its feed links ("#IndieWire » Feed"), a copyright holder that is not the
 * site's owning company ("Vox Media", "NYP Holdings" name none), then the publisher's identification. In a text dump
 * the copyright holder is not taken as such: {@link SiteNameRanker} weighs it against the page's other candidates.
 * Null beats a wrong name. Thread-safe.
 */
public final class SiteNameChooser {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|«)\\s+");
    private static final Pattern FEED = Pattern.compile(
            "^#\\s*(\\S.{0,58}?)\\s+(?:»\\s+(?:RSS\\s+|Atom\\s+)?|(?:RSS|Atom)\\s+)Feed\\b");
    /** "&copy; 2012 Name": the copyright sign left as an entity name, and its year. */
    private static final Pattern COPY_ENTITY = Pattern.compile("^copy\\s+(?:\\d{4}\\s+)?");
    /** Where the first of lynx's link titles ends: a separator or a feed word. */
    private static final Pattern LINK_TITLE_END = Pattern.compile("\\s+(?:»|-|–|—|\\||::)\\s+"
            + "|\\s+(?:RSS|Atom|feed|Feed|FEED|alternate|Comments|Recent Entries|All Posts|All stories|Top Stories)\\b");
    private static final Pattern FEED_KIND = Pattern.compile("\\s*[-–—»|:]+\\s*(?:All Posts|All stories)\\b");
    /** Link titles that are buttons, not names. */
    private static final Set<String> NOT_LINK_NAME = Set.of("rss", "atom", "feed", "alternate", "publisher", "home",
            "search", "next", "previous", "subscribe");
    private static final Set<String> OWNER = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "owner"));
    private static final Set<String> AGENCY = Set.copyOf(ResourceTable.words(PublisherName.WORDS, "agency"));
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,.]+");
    /**
     * One word of letters that joins words with a capital inside ("ScienceAlert", "BuzzFeed", "GigaOM", "CityAM"): a
     * coined brand, the site's own name, where a company holder is mostly written as words ("Condé Nast", "Vox Media").
     */
    private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");
    private static final Pattern JOINED_BRAND = Pattern.compile("\\p{Lu}\\p{L}*\\p{Ll}\\p{Lu}\\p{L}*");
    private static final int MAX_TITLE_NAME_WORDS = 4;
    private static final int MAX_TITLE_NAME_CHARS = 40;
    private static final int MIN_HEADLINE_WORDS = 3;
    /** The method of a name the ranker chose among a text dump's candidates. */
    public static final String RANKED = "ranked";
    /** A trusted copyright holder is the name below the ranker's acceptance share when it ranks at most this high. */
    private static final int COPYRIGHT_MAX_RANK = 2;
    private static final String MOST_MENTIONED = "most-mentioned";

    private final SiteNameRanker ranker;

    public SiteNameChooser() {
        this(SiteNameRanker.shipped());
    }

    public SiteNameChooser(SiteNameRanker ranker) {
        this.ranker = ranker;
    }

    public SiteName choose(Dump dump, PublisherIdentification identification) {
        SiteName byRules = byRules(dump, identification);
        if (byRules != null) {
            return byRules;
        }
        List<SiteNameCandidates.Candidate> candidates = ranker.candidates(dump.lines(), identification.tag().domain(),
                profileName(identification));
        return choose(candidates, copyrightHolder(dump, identification), ranker.weights());
    }

    /**
     * A text dump's name from its candidates: the ranker's choice when it is confident; else a copyright holder that
     * the rules trust (named outside the copyright line, no owning company) and that the ranker ranks first or
     * second ("Los Angeles Times" after "L.A. Times").
     */
    public static SiteName choose(List<SiteNameCandidates.Candidate> candidates, String copyrightHolder,
                                  Map<String, Double> weights) {
        String ranked = SiteNameRanker.accepted(candidates, weights);
        if (ranked != null) {
            return new SiteName(ranked, RANKED);
        }
        if (copyrightHolder == null) {
            return SiteName.NONE;
        }
        if (joinedBrand(copyrightHolder)) {
            // a coined one-word brand holds the copyright: the site itself (20 right, 2 wrong on the training pages)
            return new SiteName(copyrightHolder, PublisherMethod.COPYRIGHT.code());
        }
        String holder = SiteNameCandidates.form(copyrightHolder);
        SiteNameCandidates.Candidate own = null;
        for (SiteNameCandidates.Candidate c : candidates) {
            if (SiteNameCandidates.form(c.name()).equals(holder)) {
                own = c;
            }
        }
        if (own != null && !own.features().containsKey("copyright")) {
            return SiteName.NONE; // a line the company holder gave way to ("CBS Evening News"): a show or a blog as often as the site
        }
        double holderScore = own == null ? Double.NEGATIVE_INFINITY : SiteNameRanker.score(own.features(), weights);
        int above = 0;
        SiteNameCandidates.Candidate top = null;
        for (SiteNameCandidates.Candidate c : candidates) {
            if (SiteNameRanker.score(c.features(), weights) > holderScore) {
                above++;
                top = c;
            }
        }
        if (above >= COPYRIGHT_MAX_RANK || top != null && outnamed(own, top) || familyName(holder, candidates)) {
            return SiteName.NONE;
        }
        return new SiteName(copyrightHolder, PublisherMethod.COPYRIGHT.code());
    }

    /**
     * Whether the name ranked above the holder is the one the page names most, the holder is not, and the two share no
     * word: the holder is then the company behind the site ("Condé Nast" under "Ars", "Microsoft" under "MSN"). An
     * owning company's name above the holder ("High Gear Media" over "The Car Connection") does not count.
     */
    static boolean outnamed(SiteNameCandidates.Candidate holder, SiteNameCandidates.Candidate top) {
        if (holder == null || holder.features().containsKey(MOST_MENTIONED) || !top.features().containsKey(MOST_MENTIONED)
                || top.features().containsKey("owner")) {
            return false;
        }
        Set<String> words = Set.of(SiteNameCandidates.form(holder.name()).split(" "));
        for (String w : SiteNameCandidates.form(top.name()).split(" ")) {
            if (w.length() > 2 && words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a one-word holder is the family name of the page's sites: another candidate joins a word before it
     * into one name ("BellaSugar", "YumSugar" on a page © Sugar), the site's own name.
     */
    static boolean familyName(String holderForm, List<SiteNameCandidates.Candidate> candidates) {
        if (holderForm.isEmpty() || holderForm.contains(" ")) {
            return false;
        }
        for (SiteNameCandidates.Candidate c : candidates) {
            for (String w : c.name().split("\\s+")) {
                int at = w.length() - holderForm.length();
                if (at >= 2 && w.toLowerCase(Locale.ROOT).endsWith(holderForm)
                        && Character.isUpperCase(w.charAt(at)) && Character.isLetter(w.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The copyright holder the rules would take as a text dump's site name, or null. */
    public static String copyrightHolder(Dump dump, PublisherIdentification identification) {
        PublisherTag tag = identification.tag();
        if (tag.method() != PublisherMethod.COPYRIGHT || tag.name() == null) {
            return null;
        }
        String holder = COPY_ENTITY.matcher(tag.name()).replaceFirst("").strip();
        String bare = TRAILING_DOTS.matcher(holder).replaceAll("");
        if (!bare.equals(holder) && joinedBrand(bare)) {
            holder = bare; // "© 2019 CityAM. Limited": the full stop before the dropped legal form
        }
        return owner(holder) || agency(holder) || lowerCaseOnly(holder)
                || !joinedBrand(holder) && !mentionedOutsideCopyright(holder, dump.lines()) ? null : holder;
    }

    /**
     * Whether the holder is one coined word with a capital inside ("ScienceAlert", "BuzzFeed"): the site's brand even
     * where no other line names it; not a legal form's capitals alone or an owning company.
     */
    static boolean joinedBrand(String holder) {
        return JOINED_BRAND.matcher(holder).matches() && !agency(holder)
                && !owner(CAMEL_JOIN.matcher(holder).replaceAll(" ")); // "MediaGroup" is "Media Group"
    }

    /**
     * The name the page's tags, its title line, its feed links or its identification give, or null when a text dump
     * leaves the choice to the ranker (its copyright holder is one of the ranker's candidates there).
     */
    public SiteName byRules(Dump dump, PublisherIdentification identification) {
        PublisherTag tag = identification.tag();
        PublisherProfile profile = identification.profile();
        if (profile != null && profile.name() != null && profile.name().equals(tag.name())) {
            return new SiteName(profile.name(), PublisherMethod.PROFILE.code());
        }
        String meta = dump.metadata().siteName();
        if (meta != null && PublisherName.isPlausible(meta) && !meta.contains("://")) {
            return new SiteName(meta.strip(), "html_meta");
        }
        boolean html = dump.format() == DumpFormat.HTML;
        String titleLine = html ? dump.metadata().title() : firstLine(dump.lines());
        String fromTitle = titleSuffix(titleLine);
        if (fromTitle != null) {
            return new SiteName(fromTitle, "page_title");
        }
        String fromFeed = feedName(dump.lines());
        if (fromFeed == null) {
            fromFeed = linkLineName(dump.lines());
        }
        if (fromFeed != null) {
            String holder = edition(fromFeed, tag);
            return holder != null ? new SiteName(holder, PublisherMethod.COPYRIGHT.code()) : new SiteName(fromFeed, "feed_title");
        }
        if (tag.name() == null) {
            return html ? SiteName.NONE : null;
        }
        if (tag.method() == PublisherMethod.COPYRIGHT) {
            if (!html) {
                return null;
            }
            String holder = COPY_ENTITY.matcher(tag.name()).replaceFirst("");
            return owner(holder) || lowerCaseOnly(holder) || !mentionedOutsideCopyright(holder, dump.lines())
                    ? SiteName.NONE : new SiteName(holder, tag.method().code());
        }
        return new SiteName(tag.name(), tag.method().code());
    }

    private static String profileName(PublisherIdentification identification) {
        return identification.profile() == null ? null : identification.profile().name();
    }

    /** The site name a page title ends with, "Headline | Site" or "Headline - Site", or null. */
    static String titleSuffix(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        if (t.startsWith("«") || t.startsWith("<")) {
            return null; // "« Previous headline | Back to Main Page": a link to the previous post, not the page's title
        }
        Matcher m = TITLE_SEPARATOR.matcher(t);
        int start = -1;
        int end = -1;
        List<String> separators = new ArrayList<>();
        while (m.find()) {
            start = m.start();
            end = m.end();
            separators.add(m.group().strip());
        }
        String last = separators.isEmpty() ? null : separators.get(separators.size() - 1);
        if (start < 0 || separators.stream().filter(last::equals).count() > 1) {
            return null; // "Section | Site | F1 | Indy": a list of links, not a headline and its site
        }
        String head = t.substring(0, start);
        String name = t.substring(end).strip();
        if (WORD_SPLIT.split(head.strip()).length < MIN_HEADLINE_WORDS || name.length() > MAX_TITLE_NAME_CHARS
                || name.split("\\s+").length > MAX_TITLE_NAME_WORDS || !PublisherName.isPlausible(name)
                || lowerCaseOnly(name) && !name.contains(".")
                || owner(name)) {
            return null;
        }
        return name;
    }

    /** The name lynx shows for the page's feed links on its first line ("#IndieWire » Feed …"), or null. */
    static String feedName(List<String> lines) {
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = FEED.matcher(s);
            if (m.find()) {
                String name = m.group(1).strip();
                String firstWord = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
                // "#publisher Medical News Today …", "#Subscribe to our RSS Feed": a button's title, not the feed's
                return PublisherName.isPlausible(name) && !owner(name) && !NOT_LINK_NAME.contains(firstWord) ? name : null;
            }
            return null;
        }
        return null;
    }

    /**
     * The site name lynx's line of link titles starts with ("#Kotaku - All stories Kotaku - Top stories only",
     * "#Danger Room » Headline Comments Feed Danger Room RSS Feed", "#Engadget"), or null. The first title is the
     * site's only when the line is that title alone, repeats it, or follows it with the feed's kind ("- All Posts");
     * a first title that is a section's feed ("#Business RSS feed") or a button ("#RSS", "#next") names no site.
     */
    static String linkLineName(List<String> lines) {
        String first = firstNonBlank(lines);
        if (first == null || !first.startsWith("#")) {
            return null;
        }
        String t = first.substring(1).strip();
        Matcher end = LINK_TITLE_END.matcher(t);
        boolean cut = end.find();
        String name = (cut ? t.substring(0, end.start()) : t).strip();
        String[] words = name.split("\\s+");
        if (name.isEmpty() || name.length() > MAX_TITLE_NAME_CHARS || words.length > MAX_TITLE_NAME_WORDS
                || !(Character.isUpperCase(name.codePointAt(0)) || Character.isDigit(name.codePointAt(0)))
                || NOT_LINK_NAME.contains(words[0].toLowerCase(Locale.ROOT))
                || !PublisherName.isPlausible(name) || owner(name)) {
            return null;
        }
        String rest = t.substring(name.length());
        return !cut || rest.contains(name) || FEED_KIND.matcher(rest).lookingAt() ? name : null;
    }

    /**
     * A link title that is the copyright holder's name with more words after it ("Al Jazeera English" on a page
     * © Al Jazeera, "Desiring God Blog" on one © Desiring God) names an edition or a blog of the site: the holder, or null.
     */
    private static String edition(String linkName, PublisherTag tag) {
        if (tag.method() != PublisherMethod.COPYRIGHT || tag.name() == null) {
            return null;
        }
        String holder = COPY_ENTITY.matcher(tag.name()).replaceFirst("").strip();
        String h = SiteNameCandidates.form(holder);
        return !h.isEmpty() && SiteNameCandidates.form(linkName).startsWith(h + " ") && !owner(holder) ? holder : null;
    }

    /** The dump's first line, where some dumpers put the page title; not lynx's line of link targets ("#RSS"). */
    private static String firstLine(List<String> lines) {
        String first = firstNonBlank(lines);
        return first == null || first.startsWith("#") ? null : first;
    }

    private static String firstNonBlank(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    /**
     * Whether a line that is no copyright line names the holder: a holder that only the copyright line names is
     * mostly a company, a person or a photo agency rather than the site (measured on the training pages).
     */
    private static boolean mentionedOutsideCopyright(String holder, List<String> lines) {
        String h = holder.toLowerCase(Locale.ROOT);
        for (String line : lines) {
            if (line.length() >= holder.length() && line.toLowerCase(Locale.ROOT).contains(h)
                    && !CopyrightLineParser.isCopyrightLine(line)) {
                return true;
            }
        }
        return false;
    }

    /** Cased letters and no capital: a phrase ("read more"), not a name; scripts without case pass. */
    private static boolean lowerCaseOnly(String name) {
        return name.codePoints().noneMatch(Character::isUpperCase) && name.codePoints().anyMatch(Character::isLowerCase);
    }

    /** Whether the name is a news agency's ("© Reuters" under a story it supplied): the credit of a story, not the site. */
    static boolean agency(String name) {
        return AGENCY.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the name is a company that owns sites ("Vox Media", "Dow Jones Newswires"), not a site. */
    static boolean owner(String name) {
        for (String w : WORD_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
            if (OWNER.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
