package io.newsprep.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus of invented news stories as text dumps: each story published once and republished 2 to 5
 * times by other sites, with the other site's chrome, a changed headline and a dropped or reworded paragraph (some
 * copies both), spread over two runs; and pages of one publisher that share only their chrome (a long sign-up
 * blurb and a long "about us" footer, both in sentences) around stories of their own, some of them short.
 */
final class SyndicatedCorpus {

    /** One dump: its path below the input folder, its text, the story it tells and the run (1 or 2) it arrives in. */
    record Page(String path, String text, int story, int run) {
    }

    private static final String[] FIRST = {"Anna", "Marek", "Ines", "Tomas", "Leila", "Oskar", "Greta", "Rafael",
            "Mina", "Jonas", "Priya", "Elias", "Sofia", "Karim", "Hanna", "Lukas", "Noor", "Felix", "Yara", "Mateo"};
    private static final String[] LAST = {"Varga", "Lindqvist", "Okafor", "Brennan", "Castell", "Novak", "Haddad",
            "Moreau", "Takeda", "Schulz", "Ferreira", "Ivanova", "Keller", "Dubois", "Rossi", "Kowalski", "Amari",
            "Lund", "Petrov", "Walsh"};
    private static final String[] PLACE = {"Varnel", "Ostrava Bay", "Kellmouth", "Brightwater", "Saltmere", "Dunhollow",
            "Ravenport", "Eastbrook", "Millford", "Glenarra", "Port Aldis", "Westmarch", "Corran", "Highfen", "Larkspur",
            "Tidewell", "Morrow Hill", "Ashgrove", "Kestrel Point", "Northby", "Silverdale", "Fenwick", "Harlow Cross",
            "Stonebridge"};
    private static final String[] ORG = {"the regional water board", "the city council", "the transport authority",
            "the harbour trust", "the teachers' union", "the chamber of commerce", "the health ministry",
            "the farmers' association", "the energy regulator", "the housing agency", "the police federation",
            "the university senate", "the fisheries office", "the rail operator", "the airport company",
            "the tenants' league"};
    private static final String[] NOUN = {"bridge", "tram line", "hospital wing", "school", "reservoir", "ferry",
            "wind farm", "library", "bus depot", "tax", "budget", "museum", "stadium", "market", "harbour wall",
            "cycle lane", "power plant", "clinic", "airport runway", "factory", "housing estate", "sea defence", "park",
            "fire station", "water main", "tunnel", "bakery chain", "fishing fleet", "orchard", "railway station",
            "solar field", "theatre", "pension fund", "courthouse", "vineyard", "ski lift", "canal", "shipyard",
            "data centre", "bike scheme"};
    private static final String[] ADJ = {"controversial", "costly", "long-awaited", "ambitious", "delayed",
            "unpopular", "temporary", "modest", "expensive", "historic", "crumbling", "experimental", "popular",
            "overdue", "generous", "risky", "remarkable", "fragile", "cautious", "sweeping"};
    private static final String[] VERB = {"close", "rebuild", "expand", "replace", "sell", "repair", "inspect",
            "relocate", "fund", "suspend", "redesign", "reopen", "privatise", "audit", "merge", "demolish"};
    private static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** The sites that republish: each with its own chrome above and below the story. */
    private static final String[][] SITES = {
            {"Skip to main content", "Home | World | Business | Sport | Culture", "Share this article",
                    "© 2026 The Harbour Gazette (www.harbourgazette.com). All rights reserved."},
            {"Menu", "News > Regional > Politics", "Follow us on social media",
                    "Copyright 2026 Eastern Ledger Media Group"},
            {"Sign in | Subscribe", "Latest | Opinion | Video | Podcasts", "Comments (12)",
                    "© Northern Wire Service 2026"},
            {"Jump to navigation", "Front page » Local » Economy", "Like 34 · Tweet · Email",
                    "All content © The Daily Lantern (www.dailylantern.com)"},
            {"Accessibility help", "Top stories | Most read | Weather", "Print this page",
                    "© 2026 Valley Broadcasting Corporation"},
            {"Search", "Politics · Money · Life · Travel", "Read more stories like this",
                    "Original Source: coastpost.example"},
    };

    private final Random random;

    private SyndicatedCorpus(long seed) {
        this.random = new Random(seed);
    }

    static List<Page> generate(long seed, int stories) {
        return new SyndicatedCorpus(seed).pages(stories);
    }

    private List<Page> pages(int stories) {
        List<Page> pages = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            List<String> paragraphs = story(5 + random.nextInt(4), cast());
            String headline = headline();
            int site = random.nextInt(SITES.length);
            int originalRun = s % 4 == 3 ? 2 : 1;
            pages.add(new Page(String.format("s%02d/original.txt", s), dump(SITES[site], headline, paragraphs),
                    s, originalRun));
            int copies = 2 + random.nextInt(4);
            for (int c = 0; c < copies; c++) {
                int copySite = (site + 1 + c) % SITES.length;
                int run = originalRun == 2 || c % 2 == 1 ? 2 : 1;
                pages.add(new Page(String.format("s%02d/copy-%d.txt", s, c),
                        dump(SITES[copySite], headline() + (c % 2 == 0 ? " – report" : ""), edited(paragraphs, c)),
                        s, run));
            }
        }
        return pages;
    }

    /**
     * Pages of one publisher with a long chrome in sentences (a sign-up blurb, an "about us" footer) around stories
     * of their own, 40 to 120 words long; each page is a story of its own, numbered from {@code firstStory}.
     */
    static List<Page> sharedChrome(long seed, int count, int firstStory) {
        SyndicatedCorpus corpus = new SyndicatedCorpus(seed);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> story = corpus.story(1 + i % 3, corpus.cast());
            List<String> lines = new ArrayList<>();
            lines.add("Skip to content");
            lines.add("Home | Valley | Farming | Schools | Obituaries | Letters");
            lines.add(corpus.headline());
            lines.add("Get the Valley Courier morning briefing in your inbox every day, with the news that matters to"
                    + " the towns of the upper valley, the weather for the weekend and the results of local games.");
            lines.addAll(story);
            lines.add("The Valley Courier is an independent newspaper founded in 1952 and owned by its readers'"
                    + " cooperative. Our reporters cover the councils, schools, farms and courts of the upper valley,"
                    + " and we rely on our members to keep local journalism alive. Become a member today.");
            lines.add("© 2026 The Valley Courier (www.valleycourier.com). All rights reserved.");
            pages.add(new Page(String.format("courier/page-%02d.txt", i), String.join("\n", lines) + "\n",
                    firstStory + i, 1 + i % 2));
        }
        return pages;
    }

    private String[] cast() {
        return new String[] {pick(FIRST) + " " + pick(LAST), pick(FIRST) + " " + pick(LAST), pick(PLACE), pick(ORG),
                pick(NOUN), pick(NOUN)};
    }

    private List<String> story(int paragraphs, String[] cast) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            out.add(paragraph(cast));
        }
        return out;
    }

    private String paragraph(String[] cast) {
        StringBuilder p = new StringBuilder();
        int sentences = 2 + random.nextInt(2);
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(sentence(cast));
        }
        return p.toString();
    }

    private String sentence(String[] cast) {
        String person = random.nextBoolean() ? cast[0] : cast[1];
        String place = random.nextInt(3) == 0 ? pick(PLACE) : cast[2];
        String org = random.nextInt(3) == 0 ? pick(ORG) : cast[3];
        String noun = random.nextBoolean() ? cast[4] : pick(NOUN);
        String other = random.nextBoolean() ? cast[5] : pick(NOUN);
        int n = 2 + random.nextInt(900);
        return switch (random.nextInt(10)) {
            case 0 -> person + " said the " + pick(ADJ) + " " + noun + " in " + place + " would " + pick(VERB)
                    + " the " + other + " by " + pick(MONTH) + ".";
            case 1 -> "According to " + org + ", about " + n + " people used the " + noun + " in " + place + " last "
                    + pick(DAY) + ".";
            case 2 -> "Residents of " + place + " told reporters the " + noun + " had been " + pick(ADJ) + " for "
                    + (2 + n % 40) + " years.";
            case 3 -> capital(org) + " plans to " + pick(VERB) + " " + n + " " + other + " sites, " + person + " added.";
            case 4 -> "Critics argue that the " + pick(ADJ) + " " + noun + " could " + pick(VERB) + " " + place
                    + "'s " + other + " for a decade.";
            case 5 -> person + ", who chairs " + org + ", called the " + noun + " decision " + pick(ADJ) + " and "
                    + pick(ADJ) + ".";
            case 6 -> "Officials expect the " + noun + " near " + place + " to cost around " + n + " million euros.";
            case 7 -> "A spokesperson for " + org + " declined to say when the " + pick(ADJ) + " " + other
                    + " would " + pick(VERB) + ".";
            case 8 -> "The vote on the " + noun + " in " + place + " is set for " + pick(DAY) + ", " + (1 + n % 28)
                    + " " + pick(MONTH) + ".";
            default -> "In " + pick(MONTH) + ", " + person + " warned that " + org + " had no plan to " + pick(VERB)
                    + " the " + pick(ADJ) + " " + noun + ".";
        };
    }

    private String headline() {
        return capital(pick(ADJ)) + " " + pick(NOUN) + " plan for " + pick(PLACE) + " " + pick(new String[] {
                "divides residents", "wins approval", "faces new delays", "draws protest", "is put on hold"});
    }

    /** A republished copy: a paragraph dropped, one reworded, or both (the first paragraph always stays). */
    private List<String> edited(List<String> paragraphs, int copy) {
        List<String> out = new ArrayList<>(paragraphs);
        int kind = (copy + random.nextInt(3)) % 3;
        if (kind != 1) {
            out.remove(1 + random.nextInt(out.size() - 1));
        }
        if (kind != 0) {
            int p = random.nextInt(out.size());
            out.set(p, reworded(out.get(p)));
        }
        return out;
    }

    /** The paragraph with its first sentence rewritten by the republisher and a few words changed. */
    private String reworded(String paragraph) {
        int end = paragraph.indexOf(". ");
        String rest = end < 0 ? "" : paragraph.substring(end + 2);
        String first = "The " + pick(ADJ) + " " + pick(NOUN) + " was the main topic in " + pick(PLACE) + " this week.";
        return (first + " " + rest).replace(" the ", " a ").replace(" would ", " will ").strip();
    }

    private static String dump(String[] site, String headline, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        lines.add(site[0]);
        lines.add(site[1]);
        lines.add(headline);
        lines.addAll(paragraphs);
        lines.add(site[2]);
        lines.add(site[3]);
        return String.join("\n", lines) + "\n";
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
