package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.PageMetadata;
import io.newsprep.model.LineInput;
import io.newsprep.model.LineModel;
import io.newsprep.model.ModelFile;
import io.newsprep.publisher.PublisherProfile;
import io.newsprep.text.LineKey;
import io.newsprep.text.Script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides for every line of a dump whether it is article text, and lifts the metadata lines out.
 * Explicit rules from the data files under {@code /clean/} recognise chrome with high precision and name its
 * kind. The rest is decided either by the hand-made classifier (the densest block of text, ended by an end
 * marker) or, when a line model is given, by the trained {@link LineModel}, line by line with sequence decoding,
 * so that a chrome block inside an article goes without taking the article's end with it.
 * Immutable and safe to share between threads.
 */
public final class Cleaner {

    /** Share of the document's body text that must precede an end marker for it to start appended content. */
    private static final double END_MARKER_MIN_SHARE = 0.2;
    private static final double END_MARKER_MIN_LENGTH = 300;
    /** Rule-taken lines that must separate an end marker from the body above it. */
    private static final int MIN_CHROME_BEFORE_END_MARKER = 3;
    private static final int MAX_LINES_BELOW_HEADLINE = 2;
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
    /**
     * Documents with more lines than this go the hand-made way: the model's feature rows take about a kilobyte a
     * line, too much for a small heap on a dump of 200,000 lines, and no article is that long.
     */
    static final int MODEL_MAX_LINES = 20_000;

    private final ExplicitRules explicitRules;
    private final StopWords stopWords;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final LineClassifier classifier = new LineClassifier();
    private final MainBlockFinder blocks = new MainBlockFinder();
    private final LineModel model;
    private final HeadlineFinder headlines = new HeadlineFinder();
    private final HeadlineChooser headlineChooser;

    /**
     * The shipped line model decides the lines of text dumps unless this system property is false
     * ({@code java -Dnewsprep.line-model=false -jar newsprep.jar ...}; ingest and explain also take
     * {@code --line-model on|off}).
     */
    public static final String LINE_MODEL_PROPERTY = "newsprep.line-model";

    /**
     * A cleaner with the rules shipped under {@code /clean/}, Lucene's stop-word lists and the bundled headline
     * model; the shipped line model decides text dumps unless {@link #LINE_MODEL_PROPERTY} is false.
     */
    public Cleaner() {
        this(defaultLineModel());
    }

    private static LineModel defaultLineModel() {
        return Boolean.parseBoolean(System.getProperty(LINE_MODEL_PROPERTY, "true")) ? ModelFile.shipped() : null;
    }

    /** A cleaner that lets the given line model decide the lines no explicit rule took (null: the hand-made classifier). */
    public Cleaner(LineModel model) {
        this(model, HeadlineChooser.learned());
    }

    /** As {@link #Cleaner()}, with another way to choose the headline among the lines above the body. */
    public Cleaner(HeadlineChooser headlineChooser) {
        this(defaultLineModel(), headlineChooser);
    }

    public Cleaner(LineModel model, HeadlineChooser headlineChooser) {
        this.explicitRules = ExplicitRules.fromResources();
        this.stopWords = new StopWords();
        this.model = model;
        this.headlineChooser = headlineChooser;
    }

    /** A cleaner whose hand-made classifier decides; its rules also give a model its evidence ({@link ModelEvidence}). */
    public static Cleaner withoutModel() {
        return new Cleaner((LineModel) null);
    }

    public LineModel model() {
        return model;
    }

    public static Cleaner withDefaults() {
        return new Cleaner();
    }

    /** @param profile the publisher's profile, or null when none is known */
    public CleanedDocument clean(Dump dump, PublisherProfile profile) {
        return clean(dump, profile, RecurringLines.NONE);
    }

    /**
     * @param profile   the publisher's profile, or null when none is known
     * @param recurring lines the publisher repeats across its pages; they are chrome unless they read as article text
     */
    public CleanedDocument clean(Dump dump, PublisherProfile profile, RecurringLines recurring) {
        return clean(dump, profile, recurring, CleaningListener.NONE);
    }

    /**
     * As {@link #clean(Dump, PublisherProfile, RecurringLines)}, telling the listener what the choosers weighed (for
     * fitting their weights on training pages).
     */
    public CleanedDocument clean(Dump dump, PublisherProfile profile, RecurringLines recurring, CleaningListener listener) {
        // each stage is a method of its own: the JIT then compiles and, when a page takes a new branch,
        // recompiles them one by one instead of as one large unit
        Prepared d = prepare(dump, profile, recurring);
        // the model learned from text dumps; a saved page's markup says more than its lines' shape
        if (model == null || dump.format() == DumpFormat.HTML || d.texts.size() > MODEL_MAX_LINES) {
            return cleanByRules(dump, d, listener);
        }
        int n = d.texts.size();
        RuleHit[] hits = d.hits;
        boolean[] endMarkers = endMarkers(d.keys);
        RuleSystemVotes votes = votes(d.features, hits, endMarkers, d.haveList);
        LineInput input = ModelEvidence.of(d.texts, hits, d.features, endMarkers, d.haveList, votes);
        addEndMarkerHits(d.keys, hits);
        boolean[] ruled = new boolean[n];
        boolean[] transparent = new boolean[n];
        markRuled(hits, d.features, ruled, transparent);
        LineModel.Scored scored = model.score(input);
        double[] probabilities = scored.probabilities();
        boolean[] skip = skippedByDecoder(ruled, endMarkers, d.features);
        boolean[] body = model.decide(probabilities, skip);
        Classification[] classes = ModelEvidence.classes(model, scored, body, ruled);
        ModelEvidence.keepAgreed(classes, input, probabilities, body, ruled, d.bodyScript);
        ModelEvidence.fallBackOnVotes(classes, votes, ruled, probabilities);
        ModelEvidence.keepLists(classes, input, probabilities, skip);
        ModelEvidence.dropComments(classes, input, model, scored);
        ForeignScriptLines.drop(d.features, ruled, classes);
        boolean[] marked = marked(dump, d.lineNumbers);
        if (!LineClassifier.markupAgrees(marked, classes, d.features)) {
            marked = new boolean[n];
        }
        classifier.acceptMarked(marked, ruled, classes, n);
        MainBlockFinder.Range textRange = ModelEvidence.textRange(classes);
        Headline headline = headline(dump, d, marked, textRange);
        keepTextBelowHeadline(headline, textRange, ruled, marked, classes);
        int cut = endOfArticle(endMarkers, classes, d.features, ruled);
        RelatedLinksBox.drop(endMarkers, d.features, ruled, classes, cut);
        // every line is judged on its own (by a rule or the model): the whole document is the article's range
        MainBlockFinder.Range all = n == 0 ? null : new MainBlockFinder.Range(0, n - 1);
        return assembler.assemble(withoutSiteName(dump.metadata()), d.texts, d.lineNumbers, hits, classes, marked, all,
                headline, cut, d.matches.isoDates(), d.matches.authors(), SavedAt.of(dump), dump.address().key(),
                listener);
    }

    /** Lines the sequence decoder passes over: those a rule took and the links of a box inside the text. */
    private static boolean[] skippedByDecoder(boolean[] ruled, boolean[] endMarkers, List<LineFeatures> features) {
        boolean[] links = RelatedLinksBox.links(endMarkers, features, ruled, ruled.length);
        boolean[] skip = ruled.clone();
        for (int k = 0; k < skip.length; k++) {
            skip[k] |= links[k];
        }
        return skip;
    }

    /** The hand-made path: the classifier's classes, the densest block of text, and the end marker that ends it. */
    private CleanedDocument cleanByRules(Dump dump, Prepared d, CleaningListener listener) {
        int n = d.texts.size();
        RuleHit[] hits = d.hits;
        List<LineFeatures> features = d.features;
        boolean[] ruled = new boolean[n];
        boolean[] transparent = new boolean[n];
        markRuled(hits, features, ruled, transparent);
        Classification[] classes = classifier.classify(features, ruled, transparent, d.haveList);
        boolean[] marked = marked(dump, d.lineNumbers);
        if (!LineClassifier.markupAgrees(marked, classes, features)) {
            marked = new boolean[n];
        }
        int cut = endOfArticleByRules(d.keys, classes, features, hits, MarkedTextAfter.of(marked, features));
        boolean[] inStory = MarkedStorySpan.bridge(marked, classes, transparent);
        classifier.acceptMarked(marked, ruled, classes, cut);
        MainBlockFinder.Range main = blocks.find(classes, features, inStory, cut);
        if (main == null) {
            classifier.acceptSentences(features, ruled, classes);
            main = blocks.find(classes, features, inStory, cut);
        }
        Headline headline = headline(dump, d, marked, main);
        return assembler.assemble(withoutSiteName(dump.metadata()), d.texts, d.lineNumbers, hits, classes, marked, main,
                headline, cut, d.matches.isoDates(), d.matches.authors(), SavedAt.of(dump), dump.address().key(),
                listener);
    }

    /** The rules' headline block above the article's text, with the title line the headline chooser picks. */
    private Headline headline(Dump dump, Prepared d, boolean[] marked, MainBlockFinder.Range main) {
        int n = d.texts.size();
        if (main == null) {
            return Headline.none(n);
        }
        int anchor = titleAnchor(d.texts, d.keys, dump.metadata(), main.start());
        int first = firstParagraph(main, d.features, d.hits, marked);
        Headline headline = headlines.find(d.texts, d.features, d.hits, marked, first, anchor,
                n == 0 ? Set.of() : HeadlineFinder.words(d.texts.get(0)));
        int chosen = headlineChooser.choose(headlinePage(d.texts, d.hits, marked, first, main, headline, dump.metadata()));
        return chosen == headline.title() ? headline : overridden(headline, chosen);
    }

    /**
     * The first end marker after a fair share of the document's text has gone by; the article stops there.
     * Returns the marker's index (its rule replaces any other), or the number of lines when there is none.
     */
    private int endOfArticleByRules(String[] keys, Classification[] classes, List<LineFeatures> features, RuleHit[] hits,
                                    MarkedTextAfter markedText) {
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
            if (marker != null && before >= needed && !markedText.storyGoesOn(marker, k)) {
                hits[k] = marker;
                return k;
            }
            if (classes[k].good()) {
                before += features.get(k).length();
            }
        }
        return classes.length;
    }

    /**
     * The few lines between the headline block (its bylines) and the first body line are the article's opening
     * (a cross-head, a short first paragraph), unless a rule took them or the markup places them elsewhere.
     */
    private static void keepTextBelowHeadline(Headline headline, MainBlockFinder.Range textRange, boolean[] ruled,
                                              boolean[] marked, Classification[] classes) {
        if (textRange == null || textRange.start() - headline.bodyStart() > MAX_LINES_BELOW_HEADLINE) {
            return;
        }
        boolean markup = false;
        for (boolean m : marked) {
            markup |= m;
        }
        for (int k = Math.max(0, headline.bodyStart()); k < textRange.start(); k++) {
            if (!ruled[k] && k != headline.title() && k != headline.section() && !headline.subtitles().contains(k)
                    && (!markup || marked[k])) {
                classes[k] = new Classification(LineClass.GOOD, "headline:text-below-byline");
            }
        }
    }

    /**
     * Where the article visibly ended before an end marker ("Hot news now", "Related stories"), the marker starts
     * appended content: a fair share of the body lies above it, and only chrome an explicit rule took (bylines,
     * reaction widgets, share buttons) separates it from the last body line. A marker right after body text (a
     * box inside the article) ends nothing; the model decides the lines after it. Returns the marker's index, or
     * the number of lines.
     */
    private static int endOfArticle(boolean[] endMarkers, Classification[] classes, List<LineFeatures> features,
                                    boolean[] ruled) {
        double total = 0;
        for (int k = 0; k < classes.length; k++) {
            total += classes[k].good() ? features.get(k).length() : 0;
        }
        double needed = Math.max(END_MARKER_MIN_LENGTH, END_MARKER_MIN_SHARE * total);
        double before = 0;
        int chromeSinceBody = 0;
        for (int k = 0; k < classes.length; k++) {
            if (endMarkers[k] && before >= needed && chromeSinceBody >= MIN_CHROME_BEFORE_END_MARKER) {
                return k;
            }
            if (classes[k].good()) {
                before += features.get(k).length();
                chromeSinceBody = 0;
            } else if (ruled[k]) {
                chromeSinceBody++;
            }
        }
        return classes.length;
    }

    /** What the explicit rules make of a document before the model decides the rest. */
    private record Prepared(List<String> texts, List<Integer> lineNumbers, List<LineFeatures> features, String[] keys,
                            ExplicitRules.Matches matches, RuleHit[] hits, boolean haveList, Script bodyScript) {
    }

    private Prepared prepare(Dump dump, PublisherProfile profile, RecurringLines recurring) {
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> texts = nonBlankLines(dump, lineNumbers);
        String[] lowerCaseTexts = lowerCase(texts);
        List<LineScan> scans = scan(texts, lowerCaseTexts);
        Script bodyScript = bodyScript(texts, scans);
        int[] sample = sampleWords(scans, bodyScript);
        StopList stops = stopWords.bestFor(sample, sample.length);
        FeatureExtractor extractor = new FeatureExtractor(stops, bodyScript);
        List<LineFeatures> features = features(extractor, scans);
        String[] keys = keys(texts, lowerCaseTexts);
        ExplicitRules.Matches matches = explicitRules.apply(texts, lowerCaseTexts, keys, features, profile);
        RuleHit[] hits = matches.hits();
        addRecurringChrome(hits, texts, features, recurring, !stops.isEmpty());
        return new Prepared(texts, lineNumbers, features, keys, matches, hits, !stops.isEmpty(), bodyScript);
    }

    /** The model's view of a dump with no publisher profile or memory: its lines and the explicit rules' evidence. */
    LineInput modelInput(Dump dump) {
        Prepared d = prepare(dump, null, RecurringLines.NONE);
        boolean[] endMarkers = endMarkers(d.keys);
        return ModelEvidence.of(d.texts, d.hits, d.features, endMarkers, d.haveList,
                votes(d.features, d.hits, endMarkers, d.haveList));
    }

    private RuleSystemVotes votes(List<LineFeatures> features, RuleHit[] hits, boolean[] endMarkers, boolean haveList) {
        boolean[] ruled = new boolean[hits.length];
        boolean[] transparent = new boolean[hits.length];
        markRuled(hits, features, ruled, transparent);
        return RuleSystemVotes.of(classifier, blocks, features, ruled, transparent, endMarkers, haveList);
    }

    /** Per line: whether it is a phrase that often starts appended content ("Related stories", "Read more"). */
    private boolean[] endMarkers(String[] keys) {
        boolean[] markers = new boolean[keys.length];
        for (int k = 0; k < keys.length; k++) {
            markers[k] = explicitRules.endMarker(keys[k]) != null;
        }
        return markers;
    }

    /**
     * The end-marker phrase itself is chrome; the lines after it are judged on their own (the model reads the
     * marker as evidence).
     */
    private void addEndMarkerHits(String[] keys, RuleHit[] hits) {
        for (int k = 0; k < keys.length; k++) {
            if (hits[k] == null) {
                hits[k] = explicitRules.endMarker(keys[k]);
            }
        }
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
                meta.authors(), meta.section(), meta.siteName(), meta.crawledAt(), meta.recordId());
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
            keys[k] = LineKey.of(texts.get(k), lowerCaseTexts[k]);
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
        forms.add(LineKey.of(pageTitle));
        Matcher m = TITLE_SEPARATOR.matcher(pageTitle);
        int first = -1;
        int last = -1;
        while (m.find()) {
            first = first < 0 ? m.start() : first;
            last = m.start();
        }
        if (last > 0) {
            forms.add(LineKey.of(pageTitle.substring(0, last)));
            forms.add(LineKey.of(pageTitle.substring(0, first)));
        }
        return forms;
    }





    /**
     * The stop-word languages of the first words of the longer lines in the body's script, where the document's own
     * language shows rather than its menus' (an English cookie notice around a Thai article says nothing of the
     * article's language).
     */
    private static int[] sampleWords(List<LineScan> scans, Script bodyScript) {
        int[] sample = new int[LANGUAGE_SAMPLE_WORDS];
        int count = 0;
        for (LineScan scan : scans) {
            if (count >= LANGUAGE_SAMPLE_WORDS) {
                break;
            }
            if (scan.text.length() >= BODY_SCRIPT_MIN_LENGTH && (bodyScript == Script.NONE || scan.script() == bodyScript)) {
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
