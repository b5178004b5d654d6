package io.newsprep.clean;

import io.newsprep.clean.headline.HeadlineChooser;
import io.newsprep.clean.headline.HeadlinePage;
import io.newsprep.clean.headline.HeadlineText;
import io.newsprep.input.Dump;
import io.newsprep.input.PageMetadata;
import io.newsprep.tag.SourceProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final int LANGUAGE_SAMPLE_WORDS = 2000;
    private static final double BODY_SCRIPT_MIN_LENGTH = 40;
    // starts only where a run of spaces starts, so that a long run is not scanned again from each of its spaces
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?<!\\s)\\s+[|\\-–—·»]\\s+");
    /** A sentence on this share of a publisher's pages is part of its template, not of one article. */
    private static final double TEMPLATE_SHARE = 0.5;
    private static final String SITE_RECURRING = "site-recurring:";
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final int MAX_PAGE_TITLE_CHARS = 1000;
    private static final Pattern QUOTATION = Pattern.compile("[\"“”„«»「」『』]");

    private final ExplicitRules explicitRules;
    private final StopWords stopWords;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final LineClassifier classifier = new LineClassifier();
    private final MainBlockFinder blocks = new MainBlockFinder();
    private final HeadlineFinder headlines = new HeadlineFinder();
    private final HeadlineChooser headlineChooser;

    /** A cleaner with the rules shipped under {@code /clean/}, Lucene's stop-word lists and the bundled headline model. */
    public Cleaner() {
        this(HeadlineChooser.learned());
    }

    /** As {@link #Cleaner()}, with another way to choose the headline among the lines above the body. */
    public Cleaner(HeadlineChooser headlineChooser) {
        this.explicitRules = ExplicitRules.fromResources();
        this.stopWords = new StopWords();
        this.headlineChooser = headlineChooser;
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
        // each stage is a method of its own: the JIT then compiles and, when a page takes a new branch,
        // recompiles them one by one instead of as one large unit
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> texts = nonBlankLines(dump, lineNumbers);
        int n = texts.size();
        String[] lowerCaseTexts = lowerCase(texts);
        List<LineScan> scans = scan(texts, lowerCaseTexts);
        int[] sample = sampleWords(scans);
        StopList stops = stopWords.bestFor(sample, sample.length);
        FeatureExtractor extractor = new FeatureExtractor(stops, bodyScript(texts, scans));
        List<LineFeatures> features = features(extractor, scans);
        String[] keys = keys(texts, lowerCaseTexts);

        ExplicitRules.Matches matches = explicitRules.apply(texts, lowerCaseTexts, keys, features, profile);
        RuleHit[] hits = matches.hits();
        addRecurringChrome(hits, texts, features, recurring, !stops.isEmpty());

        boolean[] ruled = new boolean[n];
        boolean[] transparent = new boolean[n];
        markRuled(hits, features, ruled, transparent);
        Classification[] classes = classifier.classify(features, ruled, transparent, !stops.isEmpty());
        int cut = endOfArticle(keys, classes, features, hits);
        boolean[] marked = marked(dump, lineNumbers);
        if (!LineClassifier.markupAgrees(marked, classes, features)) {
            marked = new boolean[n];
        }
        classifier.acceptMarked(marked, ruled, classes, cut);
        MainBlockFinder.Range main = blocks.find(classes, features, transparent, cut);
        if (main == null) {
            classifier.acceptSentences(features, ruled, classes);
            main = blocks.find(classes, features, transparent, cut);
        }
        int anchor = titleAnchor(texts, keys, dump.metadata(), main == null ? n : main.start());
        Headline headline = Headline.none(n);
        if (main != null) {
            int first = firstParagraph(main, features, hits, marked);
            headline = headlines.find(texts, features, hits, marked, first, anchor,
                    n == 0 ? Set.of() : HeadlineFinder.words(texts.get(0)));
            int chosen = headlineChooser.choose(headlinePage(texts, hits, marked, first, main, headline, dump.metadata()));
            if (chosen != headline.title()) {
                headline = overridden(headline, chosen);
            }
        }

        return assembler.assemble(withoutSiteName(dump.metadata()), texts, lineNumbers, hits, classes, marked, main, headline, cut,
                matches.isoDates(), matches.authors());
    }

    /**
     * The rules' headline block with another title line: the decks, section label and body start the rules found
     * stay (the chosen line is no deck or label), and the rules' own title line goes back to the line cleaner.
     */
    private static Headline overridden(Headline byRules, int title) {
        List<Integer> decks = new ArrayList<>(byRules.subtitles());
        decks.remove(Integer.valueOf(title));
        return new Headline(title, decks, byRules.section() == title ? -1 : byRules.section(), byRules.bodyStart());
    }

    /** The page's metadata with its title, the fallback headline, cut to the part without the site name. */
    private static PageMetadata withoutSiteName(PageMetadata meta) {
        if (meta.title() == null || meta.title().isBlank()) {
            return meta;
        }
        return new PageMetadata(meta.url(), HeadlineText.withoutSiteName(meta.title()), meta.published(),
                meta.authors(), meta.section(), meta.siteName());
    }

    /** What the headline chooser sees: for saved HTML the page's own title, for a text dump its first line. */
    private static HeadlinePage headlinePage(List<String> texts, RuleHit[] hits, boolean[] marked, int first,
                                             MainBlockFinder.Range main, Headline byRules, PageMetadata meta) {
        List<LineKind> kinds = new ArrayList<>(hits.length);
        for (RuleHit h : hits) {
            kinds.add(h == null ? null : h.kind());
        }
        boolean fromMetadata = meta.title() != null && !meta.title().isBlank();
        String pageTitle = fromMetadata ? meta.title().strip() : texts.isEmpty() ? null : texts.get(0);
        if (pageTitle != null && pageTitle.length() > MAX_PAGE_TITLE_CHARS) {
            pageTitle = pageTitle.substring(0, MAX_PAGE_TITLE_CHARS); // a dump's first line may be of any length
        }
        return new HeadlinePage(texts, kinds, marked, first, main.start(), main.end(), byRules.title(), pageTitle,
                meta.url(), fromMetadata);
    }

    /** The stripped non-blank lines; their 1-based line numbers go to {@code lineNumbers}. */
    private static List<String> nonBlankLines(Dump dump, List<Integer> lineNumbers) {
        List<String> texts = new ArrayList<>();
        List<String> lines = dump.lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty()) {
                lineNumbers.add(i + 1);
                texts.add(t);
            }
        }
        return texts;
    }

    private static String[] lowerCase(List<String> texts) {
        String[] lower = new String[texts.size()];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = texts.get(k).toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    private List<LineScan> scan(List<String> texts, String[] lowerCaseTexts) {
        List<LineScan> scans = new ArrayList<>(lowerCaseTexts.length);
        for (int k = 0; k < lowerCaseTexts.length; k++) {
            scans.add(new LineScan(texts.get(k), lowerCaseTexts[k], stopWords));
        }
        return scans;
    }

    private static List<LineFeatures> features(FeatureExtractor extractor, List<LineScan> scans) {
        List<LineFeatures> features = new ArrayList<>(scans.size());
        for (LineScan scan : scans) {
            features.add(extractor.of(scan));
        }
        return features;
    }

    private static String[] keys(List<String> texts, String[] lowerCaseTexts) {
        String[] keys = new String[lowerCaseTexts.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = TextKey.of(texts.get(k), lowerCaseTexts[k]);
        }
        return keys;
    }

    /** Lines no explicit rule took that the publisher repeats across its pages, unless they read as article text. */
    private void addRecurringChrome(RuleHit[] hits, List<String> texts, List<LineFeatures> features,
                                    RecurringLines recurring, boolean haveList) {
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] == null) {
                hits[k] = recurringChrome(recurring.of(texts.get(k)), texts.get(k), features.get(k), haveList);
            }
        }
    }

    private static void markRuled(RuleHit[] hits, List<LineFeatures> features, boolean[] ruled, boolean[] transparent) {
        for (int k = 0; k < hits.length; k++) {
            ruled[k] = hits[k] != null;
            transparent[k] = features.get(k).placeholder() || ruled[k] && interruption(hits[k]);
        }
    }

    /** Lines that interrupt an article without ending it: images, captions, ad labels, buttons, recurring lines. */
    private static boolean interruption(RuleHit hit) {
        return hit.kind() == LineKind.CAPTION || hit.kind() == LineKind.UI_LABEL || hit.rule().equals(ExplicitRules.REPEATED_LINE)
                || hit.rule().startsWith(SITE_RECURRING);
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
        return new RuleHit(LineKind.BOILERPLATE, SITE_RECURRING + recurrence.documents() + "-docs");
    }


    /** Per non-blank line: whether the page's markup places it in the article (never, for a text dump). */
    private static boolean[] marked(Dump dump, List<Integer> lineNumbers) {
        boolean[] marked = new boolean[lineNumbers.size()];
        for (int k = 0; k < marked.length; k++) {
            marked[k] = dump.marked().contains(lineNumbers.get(k) - 1);
        }
        return marked;
    }

    /**
     * The first line of the main block that reads like a paragraph rather than a headline or deck, or that the
     * markup places in the article.
     */
    private static int firstParagraph(MainBlockFinder.Range main, List<LineFeatures> features, RuleHit[] hits,
                                      boolean[] marked) {
        for (int k = main.start(); k <= main.end(); k++) {
            LineFeatures f = features.get(k);
            boolean headlineShaped = hits[k] != null || HeadlineFinder.titleLike(f) || HeadlineFinder.label(f);
            if (!headlineShaped || marked[k] && hits[k] == null) {
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
            RuleHit marker = explicitRules.endMarker(keys[k]);
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
        boolean fromHtml = meta.title() != null && !meta.title().isBlank();
        String pageTitle = fromHtml ? meta.title().strip() : texts.isEmpty() ? "" : texts.get(0);
        for (String w : titleForms(pageTitle)) {
            if (w.split(" ").length < ExplicitRules.MIN_REPEATED_TITLE_WORDS) {
                continue;
            }
            for (int k = fromHtml ? 0 : 1; k < limit && k < keys.length; k++) {
                if (keys[k].equals(w)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** A page title as it stands, without the site name after its last separator, and its first part. */
    private static List<String> titleForms(String pageTitle) {
        List<String> forms = new ArrayList<>();
        forms.add(TextKey.of(pageTitle));
        Matcher m = TITLE_SEPARATOR.matcher(pageTitle);
        int first = -1;
        int last = -1;
        while (m.find()) {
            first = first < 0 ? m.start() : first;
            last = m.start();
        }
        if (last > 0) {
            forms.add(TextKey.of(pageTitle.substring(0, last)));
            forms.add(TextKey.of(pageTitle.substring(0, first)));
        }
        return forms;
    }





    /**
     * The stop-word languages of the first words of the longer lines, where the document's own language shows
     * rather than its menus'.
     */
    private static int[] sampleWords(List<LineScan> scans) {
        int[] sample = new int[LANGUAGE_SAMPLE_WORDS];
        int count = 0;
        for (LineScan scan : scans) {
            if (count >= LANGUAGE_SAMPLE_WORDS) {
                break;
            }
            if (scan.text.length() >= BODY_SCRIPT_MIN_LENGTH) {
                int take = Math.min(scan.words, LANGUAGE_SAMPLE_WORDS - count);
                System.arraycopy(scan.wordLanguages, 0, sample, count, take);
                count += take;
            }
        }
        return count == LANGUAGE_SAMPLE_WORDS ? sample : Arrays.copyOf(sample, count);
    }

    /** The script of the document's longer lines, where its text is. */
    private static Script bodyScript(List<String> texts, List<LineScan> scans) {
        int[] letters = new int[Script.values().length];
        boolean longLines = false;
        for (LineScan scan : scans) {
            longLines |= scan.text.length() >= BODY_SCRIPT_MIN_LENGTH;
        }
        for (LineScan scan : scans) {
            if (!longLines || scan.text.length() >= BODY_SCRIPT_MIN_LENGTH) {
                for (int s = 0; s < letters.length; s++) {
                    letters[s] += scan.letters[s];
                }
            }
        }
        int best = -1;
        boolean tie = false;
        for (int s = 0; s < letters.length; s++) {
            if (letters[s] > 0 && (best < 0 || letters[s] > letters[best])) {
                best = s;
                tie = false;
            } else if (letters[s] > 0 && letters[s] == letters[best]) {
                tie = true;
            }
        }
        if (tie) {
            // on a tie the script that reached the count first wins: only a pass over the text tells
            return Script.dominant(longLines ? joinLongLines(texts) : String.join(" ", texts));
        }
        return best < 0 ? Script.NONE : Script.values()[best];
    }

    private static StringBuilder joinLongLines(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (t.length() >= BODY_SCRIPT_MIN_LENGTH) {
                sb.append(t).append(' ');
            }
        }
        return sb;
    }
}
