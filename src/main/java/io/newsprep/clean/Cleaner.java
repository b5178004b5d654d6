package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.input.PageMetadata;
import io.newsprep.tag.SourceProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides for every line of a dump whether it is article text, and lifts the metadata lines out.
 * Explicit rules from the data files under {@code /clean/} recognise chrome with high precision; a
 * line classifier with context decides the rest, and the article is the densest block of text.
 * Immutable and safe to share between threads.
 */
public final class Cleaner {

    /** Share of the document's good text that must precede an end marker for it to end the article. */
    private static final double END_MARKER_MIN_SHARE = 0.2;
    private static final double END_MARKER_MIN_LENGTH = 300;
    /** Bylines and dates count as the article's own when this close to its body. */
    private static final int METADATA_REACH = 15;
    private static final int TITLE_PREFIX_CANDIDATES = 40;
    /** Lines between the bylines and the first paragraph that still count as body (cross-heads). */
    private static final int MAX_HEADINGS_ABOVE_BODY = 2;
    private static final int MIN_REPEATED_TITLE_WORDS = 4;
    private static final int LANGUAGE_SAMPLE_WORDS = 2000;
    private static final double BODY_SCRIPT_MIN_LENGTH = 40;
    private static final Pattern REACTION = Pattern.compile("^[-–—]\\s*(?:\\S.{0,30})?$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
    /** A sentence on this share of a publisher's pages is part of its template, not of one article. */
    private static final double TEMPLATE_SHARE = 0.5;
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final Pattern QUOTATION = Pattern.compile("[\"“”„«»「」『』]");

    private final RuleBook rules;
    private final BylineParser bylines;
    private final DateParser dates;
    private final StopWords stopWords;
    private final LineClassifier classifier = new LineClassifier();
    private final MainBlockFinder blocks = new MainBlockFinder();
    private final HeadlineFinder headlines = new HeadlineFinder();
    private final Map<SourceProfile, ProfileRules> profiles = new ConcurrentHashMap<>();

    /** A cleaner with the rules shipped under {@code /clean/} and Lucene's stop-word lists. */
    public Cleaner() {
        this.rules = RuleBook.fromResources();
        this.bylines = BylineParser.fromResources();
        this.dates = DateParser.fromResources();
        this.stopWords = new StopWords();
    }

    public static Cleaner withDefaults() {
        return new Cleaner();
    }

    /** @param profile the publisher's profile, or null when none is known */
    public CleanedDocument clean(Dump dump, SourceProfile profile) {
        return clean(dump, profile, RecurringLines.NONE);
    }

    /**
     * @param profile   the publisher's profile, or null when none is known
     * @param recurring lines the publisher repeats across its pages; they are chrome unless they read as article text
     */
    public CleanedDocument clean(Dump dump, SourceProfile profile, RecurringLines recurring) {
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < dump.lines().size(); i++) {
            String t = dump.lines().get(i).strip();
            if (!t.isEmpty()) {
                lineNumbers.add(i + 1);
                texts.add(t);
            }
        }
        int n = texts.size();
        Set<String> stops = stopWords.bestFor(sampleWords(texts));
        FeatureExtractor extractor = new FeatureExtractor(stops, bodyScript(texts));
        List<LineFeatures> features = new ArrayList<>(n);
        String[] keys = new String[n];
        for (int k = 0; k < n; k++) {
            features.add(extractor.of(texts.get(k)));
            keys[k] = TextKey.of(texts.get(k));
        }

        ProfileRules profileRules = profile == null ? null : profiles.computeIfAbsent(profile, ProfileRules::new);
        RuleHit[] hits = new RuleHit[n];
        String[] isoDates = new String[n];
        List<List<String>> names = new ArrayList<>(n);
        List<String> titleCandidates = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            names.add(List.of());
            // generic rules first: they name the kind (copyright, navigation...); the profile catches the rest
            RuleHit hit = rules.match(text.toLowerCase(Locale.ROOT), keys[k]);
            if (hit == null && profileRules != null) {
                hit = profileRules.match(text, keys[k]);
            }
            if (hit == null && repeatsEarlierHeadline(text, titleCandidates)) {
                hit = new RuleHit(LineKind.CAPTION, "caption-repeats-headline");
            }
            if (hit == null && (isoDates[k] = dates.isoDate(text)) != null) {
                hit = new RuleHit(LineKind.PUBLISHED_DATE, "published-date");
            }
            if (hit == null) {
                List<String> found = bylines.authors(text);
                if (!found.isEmpty()) {
                    names.set(k, found);
                    hit = new RuleHit(LineKind.BYLINE, "byline");
                }
            }
            if (hit == null) {
                hit = recurringChrome(recurring.of(text), text, features.get(k), !stops.isEmpty());
            }
            hits[k] = hit;
            if (hit == null && titleCandidates.size() < TITLE_PREFIX_CANDIDATES
                    && HeadlineFinder.titleLike(features.get(k)) && features.get(k).words() >= MIN_REPEATED_TITLE_WORDS) {
                titleCandidates.add(text);
            }
        }
        markReactionRuns(texts, hits);

        boolean[] ruled = new boolean[n];
        boolean[] transparent = new boolean[n];
        for (int k = 0; k < n; k++) {
            ruled[k] = hits[k] != null;
            transparent[k] = features.get(k).placeholder() || ruled[k] && hits[k].kind() == LineKind.CAPTION;
        }
        Classification[] classes = classifier.classify(features, ruled, transparent, !stops.isEmpty());
        int cut = endOfArticle(keys, classes, features, hits);
        MainBlockFinder.Range main = blocks.find(classes, features, cut);
        if (main == null) {
            classifier.acceptSentences(features, ruled, classes);
            main = blocks.find(classes, features, cut);
        }
        int anchor = titleAnchor(texts, keys, dump.metadata(), main == null ? n : main.start());
        Headline headline = main == null ? Headline.none(n)
                : headlines.find(features, hits, firstParagraph(main, features, hits), anchor);

        return assemble(dump.metadata(), texts, lineNumbers, hits, classes, main, headline, cut, isoDates, names);
    }

    private CleanedDocument assemble(PageMetadata meta, List<String> texts, List<Integer> lineNumbers, RuleHit[] hits,
                                     Classification[] classes, MainBlockFinder.Range main, Headline headline, int cut,
                                     String[] isoDates, List<List<String>> names) {
        int n = texts.size();
        int bodyStart = main == null ? n
                : main.start() - headline.bodyStart() <= MAX_HEADINGS_ABOVE_BODY ? Math.min(headline.bodyStart(), main.start())
                : main.start();
        int bodyEnd = main == null ? -1 : main.end();
        Set<Integer> subtitleLines = Set.copyOf(headline.subtitles());
        List<String> paragraphs = new ArrayList<>();
        List<LineVerdict> verdicts = new ArrayList<>(n);
        List<String> subtitles = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        int reachFrom = Math.max(0, (headline.title() >= 0 ? headline.title() : bodyStart) - METADATA_REACH);
        int reachTo = bodyEnd + METADATA_REACH;
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            int line = lineNumbers.get(k);
            RuleHit hit = hits[k];
            if (k == headline.title()) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.TITLE, "headline:title"));
            } else if (subtitleLines.contains(k)) {
                subtitles.add(text);
                verdicts.add(new LineVerdict(line, text, false, LineKind.SUBTITLE, "headline:deck"));
            } else if (k == headline.section()) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.SECTION, "headline:section-label"));
            } else if (k > cut) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.APPENDED, "after-end-marker"));
            } else if (hit != null) {
                verdicts.add(new LineVerdict(line, text, false, hit.kind(), hit.rule()));
                if (k >= reachFrom && k <= reachTo) {
                    if (hit.kind() == LineKind.PUBLISHED_DATE && published == null) {
                        published = isoDates[k];
                    } else if (hit.kind() == LineKind.BYLINE) {
                        authors.addAll(names.get(k));
                    }
                }
            } else if (k >= bodyStart && k < (main == null ? n : main.start())) {
                paragraphs.add(text);
                verdicts.add(new LineVerdict(line, text, true, LineKind.BODY, "headline:text-below-byline"));
            } else if (k < bodyStart) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.BOILERPLATE, "classifier:before-article"));
            } else if (k > bodyEnd) {
                verdicts.add(new LineVerdict(line, text, false, LineKind.BOILERPLATE, "classifier:after-article"));
            } else if (classes[k].good()) {
                paragraphs.add(text);
                verdicts.add(new LineVerdict(line, text, true, LineKind.BODY, classes[k].rule()));
            } else {
                verdicts.add(new LineVerdict(line, text, false, kindOf(classes[k]), classes[k].rule()));
            }
        }
        String title = headline.title() >= 0 ? texts.get(headline.title())
                : blankToNull(meta.title());
        String section = headline.section() >= 0 ? texts.get(headline.section()) : blankToNull(meta.section());
        if (meta.section() != null && !meta.section().isBlank()) {
            section = meta.section().strip();
        }
        if (published == null) {
            published = blankToNull(meta.published());
        }
        List<String> authorList = authors.isEmpty() ? meta.authors() : List.copyOf(authors);
        return new CleanedDocument(title, subtitles, authorList, published, section, paragraphs, verdicts);
    }

    /**
     * A line the publisher repeats on many pages is chrome, unless it reads as article text: a good paragraph,
     * a quotation, or a sentence that is not on most of the publisher's pages (quotes and stock phrases recur
     * across articles and belong to them).
     */
    private RuleHit recurringChrome(RecurringLines.Recurrence recurrence, String text, LineFeatures f, boolean haveList) {
        if (recurrence == null || classifier.alone(f, haveList).good()) {
            return null;
        }
        boolean sentence = f.sentenceEnd() && f.words() >= MIN_SENTENCE_WORDS
                && (!haveList || f.stopDensity(true) >= LineClassifier.STOPWORDS_LOW);
        if (sentence && (QUOTATION.matcher(text).find() || recurrence.share() < TEMPLATE_SHARE)) {
            return null;
        }
        return new RuleHit(LineKind.BOILERPLATE, "site-recurring:" + recurrence.documents() + "-docs");
    }

    private static LineKind kindOf(Classification c) {
        return c.rule().equals("classifier:bad-short-link-run") ? LineKind.NAVIGATION : LineKind.BOILERPLATE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first line of the main block that reads like a paragraph rather than a headline or deck. */
    private static int firstParagraph(MainBlockFinder.Range main, List<LineFeatures> features, RuleHit[] hits) {
        for (int k = main.start(); k <= main.end(); k++) {
            LineFeatures f = features.get(k);
            boolean headlineShaped = hits[k] != null || HeadlineFinder.titleLike(f) || HeadlineFinder.label(f);
            if (!headlineShaped) {
                return k;
            }
        }
        return main.start();
    }

    /**
     * The first end marker after a fair share of the document's text has gone by; the article stops there.
     * Returns the marker's index (its rule replaces any other), or the number of lines when there is none.
     */
    private int endOfArticle(String[] keys, Classification[] classes, List<LineFeatures> features, RuleHit[] hits) {
        double total = 0;
        for (int k = 0; k < classes.length; k++) {
            if (classes[k].good()) {
                total += features.get(k).length();
            }
        }
        double before = 0;
        double needed = Math.max(END_MARKER_MIN_LENGTH, END_MARKER_MIN_SHARE * total);
        for (int k = 0; k < classes.length; k++) {
            RuleHit marker = rules.endMarker(keys[k]);
            if (marker != null && before >= needed) {
                hits[k] = marker;
                return k;
            }
            if (classes[k].good()) {
                before += features.get(k).length();
            }
        }
        return classes.length;
    }

    /** The line that carries the page's own title: from the HTML title, or from a dump that starts with it. */
    private static int titleAnchor(List<String> texts, String[] keys, PageMetadata meta, int limit) {
        List<String> wanted = new ArrayList<>();
        if (meta.title() != null && !meta.title().isBlank()) {
            wanted.add(TextKey.of(meta.title()));
            wanted.add(TextKey.of(TITLE_SEPARATOR.split(meta.title().strip())[0]));
        } else if (!texts.isEmpty()) {
            wanted.add(TextKey.of(TITLE_SEPARATOR.split(texts.get(0))[0]));
        }
        int from = meta.title() != null && !meta.title().isBlank() ? 0 : 1;
        for (String w : wanted) {
            if (w.split(" ").length < MIN_REPEATED_TITLE_WORDS) {
                continue;
            }
            for (int k = from; k < limit && k < keys.length; k++) {
                if (keys[k].equals(w)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean repeatsEarlierHeadline(String text, List<String> candidates) {
        for (String c : candidates) {
            if (text.length() > c.length() + 1 && text.startsWith(c) && Character.isWhitespace(text.charAt(c.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Reaction widgets: a run of dash items with a lone dash among them ("-", "- great", "- 0"). */
    private static void markReactionRuns(List<String> texts, RuleHit[] hits) {
        int n = texts.size();
        int i = 0;
        while (i < n) {
            int j = i;
            boolean loneDash = false;
            while (j < n && REACTION.matcher(texts.get(j)).matches()) {
                loneDash |= texts.get(j).length() == 1;
                j++;
            }
            if (j - i >= 3 && loneDash) {
                for (int k = i; k < j; k++) {
                    hits[k] = new RuleHit(LineKind.WIDGET, "reaction-widget-run");
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Words of the longer lines, where the document's own language shows rather than its menus'. */
    private static List<String> sampleWords(List<String> texts) {
        List<String> words = new ArrayList<>();
        for (String t : texts) {
            if (t.length() < BODY_SCRIPT_MIN_LENGTH) {
                continue;
            }
            Matcher m = FeatureExtractor.WORD.matcher(t);
            while (m.find() && words.size() < LANGUAGE_SAMPLE_WORDS) {
                words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return words;
    }

    /** The script of the document's longer lines, where its text is. */
    private static Script bodyScript(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (t.length() >= BODY_SCRIPT_MIN_LENGTH) {
                sb.append(t).append(' ');
            }
        }
        return Script.dominant(sb.isEmpty() ? String.join(" ", texts) : sb);
    }
}
