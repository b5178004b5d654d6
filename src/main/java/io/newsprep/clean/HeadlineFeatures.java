package io.newsprep.clean;


import io.newsprep.model.UiWords;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language-independent features of a document's lines as headline candidates: position relative to the article
 * body and to the top, length, case shape, final punctuation, digits and dates, separators, repeats of the line,
 * likeness to the URL slug, the first paragraph and the page title, and what the explicit rules made of it.
 */
public final class HeadlineFeatures {

    /** The names of the features, in vector order; the model file lists its weights by these names. */
    public static final List<String> NAMES = List.of(
            "pos_above_1", "pos_above_2", "pos_above_3_5", "pos_above_6_10", "pos_above_11_20", "pos_above_far",
            "pos_body_start", "pos_in_body", "in_main_block", "top_first", "top_2_5", "top_share",
            "nearest_titlelike_above_body", "titlelike_lines_between",
            "words_1", "words_2", "words_3_5", "words_6_10", "words_11_16", "words_17_25", "words_26_40",
            "words_over_40", "chars_log",
            "case_first_upper", "case_first_lower", "case_title", "case_all_upper", "case_none",
            "end_full_stop", "end_ellipsis", "end_question_or_exclamation", "end_colon", "end_comma", "quote_start",
            "digit_share", "date_like", "time_like",
            "sep_pipe", "sep_dash", "sep_other", "tab", "bullet", "placeholder", "url_or_email",
            "repeated_once", "repeated_more", "repeated_nearby", "repeated_after_body", "prefix_of_other_line",
            "slug_known", "slug_share", "slug_covered",
            "paragraph_share",
            "page_title_known", "page_title_share", "page_title_equal", "page_title_prefix", "page_title_covered",
            "rule_chrome", "rule_metadata", "rule_caption", "rule_copyright", "rule_boilerplate", "marked",
            "rules_choice", "next_is_metadata", "prev_is_metadata", "next_long", "prev_long",
            "distance_log", "metadata_below", "metadata_above", "chrome_below_share", "short_run_above", "numbered",
            "contained_in_other_line", "starts_other_line", "truncated_copy_elsewhere", "best_page_title_share",
            "first_titlelike_in_window", "bracket_or_button", "byline_inside", "file_name_like", "doubled_text",
            "page_title_headline_part",
            "ui_word_share", "site_name_part", "host_name_like", "in_copyright_line", "boilerplate_far",
            "titlelike_right_above_body", "colon_label", "below_body_distance",
            "metadata_title", "metadata_title_split", "metadata_title_as_line", "metadata_title_short",
            "prev_next_arrow", "reply_like", "photo_credit",
            "lead_share", "lead_share_best", "block_share", "outside_share", "outside_over_lead", "no_content_words",
            "top_named_elsewhere", "titlelike_right_above", "starts_titlelike_run");

    private static final Map<String, Integer> INDEX = new HashMap<>();
    private static final UiWords UI_WORDS = UiWords.shipped();

    static {
        for (int i = 0; i < NAMES.size(); i++) {
            INDEX.put(NAMES.get(i), i);
        }
    }

    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|\\d{4}年");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    static final Pattern BULLET = Pattern.compile("^[*•·+\\-–◦▪►]\\s");
    /** The first characters {@link #BULLET} allows. */
    static final String BULLET_MARKS = "*•·+-–◦▪►";
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\[[^\\]]*\\]|^IFRAME:|^\\(BUTTON\\)|^\\[IMG");
    private static final Pattern URL = Pattern.compile("https?://|www\\.|\\S@\\S+\\.\\w");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(\\.\\.\\.|…)\\s*$");
    private static final Pattern BRACKETS = Pattern.compile("\\(BUTTON\\)|\\[[^\\]]{0,40}\\]");
    private static final Pattern BYLINE_INSIDE = Pattern.compile("(^|\\p{Ll}|\\s)(By|by|BY)\\s+\\p{Lu}");
    private static final Pattern FILE_NAME = Pattern.compile("__|\\w_\\w|\\.(jpe?g|png|gif|webp|svg)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEP_DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+(?:\\||-|–|—|::|»|«)\\s+");
    private static final Pattern COLON_LABEL = Pattern.compile("^[\\p{L} ]{1,20}:\\s+\\S");
    private static final Pattern SEP_OTHER = Pattern.compile("\\s(»|«|›|::|/|·)\\s");
    /** A link to the previous or next post: an arrow at the end pointing on, or at the start pointing back. */
    private static final Pattern PREV_NEXT_ARROW = Pattern.compile("(?:\\s(?:»|›|→|>>)$)|(?:^(?:«|‹|←|<<)\\s)");
    /** A photo's credit: an agency or photographer named the way captions name them. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\((?:AP|AFP|Reuters|Getty)\\b[^)]*\\)|\\b(?:AP Photo|Getty Images|"
            + "via REUTERS|via AP|/Pool|/AFP|/Reuters|/Getty|Photo(?:graph)?:|Photo by|Image:|Credit:|Foto:)",
            Pattern.CASE_INSENSITIVE);
    /** A comment's reply title ({@code Re: ...}) or a comment's moderation score. */
    private static final Pattern REPLY_LIKE = Pattern.compile("^(?i:re):|\\(Score:\\s?-?\\d");
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int PARAGRAPH_WORDS = 60;
    private static final int NEARBY = 5;
    private static final int MAX_COMPARED_CHARS = 1000;
    /** The word count given to a line longer than any candidate, without counting. */
    private static final int LONG_LINE_WORDS = 1000;

    private final HeadlinePage page;
    private final String[] forms;
    private final int[] wordCounts;
    private final Map<String, List<Integer>> occurrences = new HashMap<>();
    private final Set<String> slug;
    private final Set<String> paragraph;
    private final String pageTitleForm;
    private final String headlinePartForm;
    private final Set<String> pageTitleWords;
    private final boolean[] titleLike;
    private final double bestPageTitleShare;
    private final int firstTitleLike;
    private final List<Integer> candidates;
    private final Set<String> siteParts;
    private final String hostLabel;
    private final List<String> copyrightForms = new ArrayList<>();
    private final HeadlineVocabulary vocabulary;
    private final double bestLeadShare;

    public HeadlineFeatures(HeadlinePage page) {
        this.page = page;
        int n = page.size();
        forms = new String[n];
        wordCounts = new int[n];
        titleLike = new boolean[n];
        for (int i = 0; i < n; i++) {
            // a line far longer than any headline is compared by its start only: a dump may hold lines of any length
            String line = page.lines().get(i);
            String bounded = line.length() > MAX_COMPARED_CHARS ? line.substring(0, MAX_COMPARED_CHARS) : line;
            forms[i] = HeadlineText.normalise(bounded);
            occurrences.computeIfAbsent(forms[i], k -> new ArrayList<>()).add(i);
            // below MAX_CHARS (< MAX_COMPARED_CHARS) the form is the whole line's
            int w = line.length() > HeadlineCandidates.MAX_CHARS ? LONG_LINE_WORDS : HeadlineText.wordCountOfForm(forms[i]);
            wordCounts[i] = w;
            titleLike[i] = w >= MIN_TITLE_WORDS && w <= MAX_TITLE_WORDS && !line.endsWith(".");
        }
        slug = slugWords(page.url());
        paragraph = paragraphWords();
        String pageTitle = page.pageTitle() != null ? page.pageTitle() : null;
        pageTitleForm = pageTitle == null ? "" : HeadlineText.normalise(pageTitle);
        headlinePartForm = pageTitle == null ? "" : HeadlineText.normalise(HeadlineText.withoutSiteName(pageTitle));
        pageTitleWords = new HashSet<>(HeadlineText.words(pageTitle == null ? "" : pageTitle));
        double best = 0;
        int firstLike = -1;
        candidates = HeadlineCandidates.of(page, forms, MAX_COMPARED_CHARS);
        for (int i : candidates) {
            if (i > 0 || pageTitle == null || !forms[0].equals(pageTitleForm)) {
                best = Math.max(best, share(wordsOf(i), pageTitleWords));
            }
            if (firstLike < 0 && titleLike[i] && page.ruleKinds().get(i) == null
                    && i >= page.bodyStart() - HeadlineCandidates.ABOVE_BODY && i > 0) {
                firstLike = i;
            }
        }
        bestPageTitleShare = best;
        firstTitleLike = firstLike;
        vocabulary = new HeadlineVocabulary(forms, page.bodyStart(), page.mainStart(), page.mainEnd());
        double bestLead = 0;
        for (int i : candidates) {
            bestLead = Math.max(bestLead, vocabulary.leadShare(i, vocabulary.content(wordsOf(i))));
        }
        bestLeadShare = bestLead;
        siteParts = siteParts(pageTitle, headlinePartForm);
        hostLabel = hostLabel(page.url());
        for (int i = 0; i < n; i++) {
            String line = page.lines().get(i);
            if (line.length() <= MAX_COMPARED_CHARS && (line.contains("©") || forms[i].startsWith("copyright "))) {
                copyrightForms.add(" " + forms[i] + " ");
            }
        }
    }

    /** The parts of the page title that are not its headline part: split at site separators and after a name's colon. */
    private static Set<String> siteParts(String pageTitle, String headlinePartForm) {
        Set<String> out = new HashSet<>();
        if (pageTitle == null) {
            return out;
        }
        for (String part : TITLE_PARTS.split(pageTitle.strip())) {
            String f = HeadlineText.normalise(part);
            if (!f.isEmpty() && !f.equals(headlinePartForm) && !headlinePartForm.endsWith(" " + f)) {
                out.add(f);
            }
        }
        int colon = pageTitle.indexOf(": ");
        if (colon > 0 && colon <= 40) {
            String f = HeadlineText.normalise(pageTitle.substring(0, colon));
            if (!f.isEmpty() && HeadlineText.wordsOfForm(f).size() <= 5) {
                out.add(f);
            }
        }
        return out;
    }

    /** The host's name without {@code www.} and its public suffix, letters and digits only ({@code slashdot}). */
    private static String hostLabel(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (host == null) {
            return "";
        }
        String[] labels = host.toLowerCase(java.util.Locale.ROOT).split("\\.");
        String best = "";
        for (int k = 0; k < labels.length - 1; k++) {
            if (!labels[k].equals("www") && labels[k].length() > best.length() && labels[k].length() >= 3
                    && !(labels[k].length() <= 3 && k == labels.length - 2 && labels.length > 2)) {
                best = labels[k];
            }
        }
        return best.replaceAll("[^a-z0-9]", "");
    }

    /** The page's headline candidates ({@link HeadlineCandidates#of}). */
    public List<Integer> candidates() {
        return candidates;
    }

    /** {@link HeadlineText#words} of line {@code i}, from its form where that is the whole line's. */
    private List<String> wordsOf(int i) {
        String line = page.lines().get(i);
        return line.length() <= MAX_COMPARED_CHARS ? HeadlineText.wordsOfForm(forms[i]) : HeadlineText.words(line);
    }

    /** The feature vector of line {@code i} as a candidate. */
    public double[] of(int i) {
        double[] x = new double[NAMES.size()];
        String text = page.lines().get(i);
        String form = forms[i];
        List<String> words = wordsOf(i);
        int w = words.size();
        int d = i - page.bodyStart();
        set(x, d == -1 ? "pos_above_1" : d == -2 ? "pos_above_2" : d >= -5 && d < 0 ? "pos_above_3_5"
                : d >= -10 && d < 0 ? "pos_above_6_10" : d >= -20 && d < 0 ? "pos_above_11_20" : d < 0 ? "pos_above_far"
                : d == 0 ? "pos_body_start" : "pos_in_body", 1);
        set(x, "in_main_block", i >= page.mainStart() && i <= page.mainEnd() ? 1 : 0);
        set(x, "top_first", i == 0 ? 1 : 0);
        set(x, "top_2_5", i >= 1 && i < 5 ? 1 : 0);
        set(x, "top_share", page.size() == 0 ? 0 : (double) i / page.size());
        int between = 0;
        for (int k = i + 1; k < page.bodyStart(); k++) {
            between += titleLike[k] && page.ruleKinds().get(k) == null ? 1 : 0;
        }
        set(x, "nearest_titlelike_above_body", titleLike[i] && d < 0 && between == 0 ? 1 : 0);
        set(x, "titlelike_lines_between", Math.min(between, 5) / 5.0);
        shape(x, text, w);
        set(x, "sep_pipe", text.contains(" | ") ? 1 : 0);
        set(x, "sep_dash", SEP_DASH.matcher(text).find() ? 1 : 0);
        set(x, "sep_other", SEP_OTHER.matcher(text).find() ? 1 : 0);
        set(x, "tab", text.indexOf('\t') >= 0 ? 1 : 0);
        set(x, "bullet", bulleted(text) ? 1 : 0);
        set(x, "placeholder", PLACEHOLDER.matcher(text).find() ? 1 : 0);
        set(x, "url_or_email", URL.matcher(text).find() ? 1 : 0);
        repeats(x, i, form);
        set(x, "slug_known", slug.isEmpty() ? 0 : 1);
        set(x, "slug_share", share(words, slug));
        set(x, "slug_covered", covered(slug, words));
        set(x, "paragraph_share", i >= page.bodyStart() ? 0 : share(words, paragraph));
        pageTitle(x, i, form, words);
        rules(x, i);
        context(x, i, form, text, words);
        return x;
    }

    private void context(double[] x, int i, String form, String text, List<String> words) {
        int b = page.bodyStart();
        set(x, "distance_log", Math.log1p(Math.abs(b - i)) / Math.log(1 + HeadlineCandidates.ABOVE_BODY));
        boolean below = false;
        for (int k = i + 1; k <= Math.min(page.size() - 1, i + 6); k++) {
            below |= metadata(page.ruleKinds().get(k));
        }
        set(x, "metadata_below", below ? 1 : 0);
        boolean above = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            above |= metadata(page.ruleKinds().get(k));
        }
        set(x, "metadata_above", above ? 1 : 0);
        int chrome = 0;
        int span = 0;
        for (int k = i + 1; k < b; k++) {
            span++;
            chrome += page.ruleKinds().get(k) != null || wordCounts[k] <= 3 ? 1 : 0;
        }
        set(x, "chrome_below_share", span == 0 ? 0 : (double) chrome / span);
        int shortAbove = 0;
        int seen = 0;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            seen++;
            String t = page.lines().get(k);
            shortAbove += page.ruleKinds().get(k) != null || bulleted(t)
                    || wordCounts[k] <= 3 ? 1 : 0;
        }
        set(x, "short_run_above", seen == 0 ? 1 : (double) shortAbove / seen);
        set(x, "numbered", NUMBERED.matcher(text).find() ? 1 : 0);
        boolean contained = false;
        boolean starts = false;
        boolean truncated = false;
        if (form.indexOf(' ') > 0 && form.length() >= 12) {
            String formAndSpace = form + " ";
            for (int k = 0; k < forms.length; k++) {
                if (k == i || forms[k].equals(form)) {
                    continue;
                }
                // each search stops once it is answered
                if (!starts && forms[k].startsWith(formAndSpace)) {
                    starts = true;
                }
                if (!contained && forms[k].contains(form)) {
                    contained = true;
                }
                if (!truncated && forms[k].length() >= 12 && form.startsWith(forms[k])
                        && ELLIPSIS_END.matcher(page.lines().get(k)).find()) {
                    truncated = true;
                }
            }
        }
        set(x, "contained_in_other_line", contained ? 1 : 0);
        set(x, "starts_other_line", starts ? 1 : 0);
        set(x, "truncated_copy_elsewhere", truncated ? 1 : 0);
        double s = share(words, pageTitleWords);
        set(x, "best_page_title_share", bestPageTitleShare >= 0.5 && s >= bestPageTitleShare && (i > 0
                || !forms[0].equals(pageTitleForm)) ? 1 : 0);
        set(x, "first_titlelike_in_window", i == firstTitleLike ? 1 : 0);
        set(x, "bracket_or_button", BRACKETS.matcher(text).find() ? 1 : 0);
        set(x, "byline_inside", BYLINE_INSIDE.matcher(text).find() ? 1 : 0);
        set(x, "file_name_like", FILE_NAME.matcher(text).find() ? 1 : 0);
        set(x, "doubled_text", doubled(form) ? 1 : 0);
        siteAndChrome(x, i, form, text, words);
    }

    /** Evidence that the line names the site or is a control rather than the story's headline. */
    private void siteAndChrome(double[] x, int i, String form, String text, List<String> words) {
        int ui = 0;
        for (String w : words) {
            ui += UI_WORDS.contains(w) ? 1 : 0;
        }
        set(x, "ui_word_share", words.isEmpty() ? 0 : (double) ui / words.size());
        set(x, "site_name_part", !form.isEmpty() && siteParts.contains(form) ? 1 : 0);
        String squeezed = form.replace(" ", "");
        set(x, "host_name_like", !hostLabel.isEmpty() && words.size() <= 4 && squeezed.contains(hostLabel) ? 1 : 0);
        boolean copyright = false;
        if (words.size() <= 6 && !form.isEmpty()) {
            for (String c : copyrightForms) {
                copyright |= c.contains(" " + form + " ") && !c.equals(" " + form + " ");
            }
        }
        set(x, "in_copyright_line", copyright ? 1 : 0);
        int d = i - page.bodyStart();
        set(x, "boilerplate_far", page.ruleKinds().get(i) == LineKind.BOILERPLATE && d < -5 ? 1 : 0);
        set(x, "titlelike_right_above_body", titleLike[i] && d >= -3 && d < 0 ? 1 : 0);
        set(x, "colon_label", COLON_LABEL.matcher(text.strip()).find() && words.size() <= 5 ? 1 : 0);
        set(x, "below_body_distance", d >= 0 ? Math.log1p(d) / Math.log(1 + 100) : 0);
        String stripped = text.strip();
        set(x, "prev_next_arrow", PREV_NEXT_ARROW.matcher(stripped).find() ? 1 : 0);
        set(x, "reply_like", REPLY_LIKE.matcher(stripped).find() ? 1 : 0);
        set(x, "photo_credit", PHOTO_CREDIT.matcher(stripped).find() ? 1 : 0);
        Set<String> content = vocabulary.content(words);
        double lead = vocabulary.leadShare(i, content);
        vocabulary(x, content, lead, vocabulary.blockShare(i, content),
                vocabulary.outsideShare(content, form.isEmpty() ? List.of(i) : occurrences.get(form)));
        // a deck follows the headline: the first of a run of heading-like lines is the headline, the next ones decks
        boolean above = i > 0 && titleLike[i - 1] && page.ruleKinds().get(i - 1) == null;
        boolean below = i + 1 < page.size() && titleLike[i + 1] && page.ruleKinds().get(i + 1) == null;
        set(x, "titlelike_right_above", above ? 1 : 0);
        set(x, "starts_titlelike_run", titleLike[i] && !above && below ? 1 : 0);
        set(x, "top_named_elsewhere", i < 3 && d < -10 && (x[INDEX.get("contained_in_other_line")] > 0
                || x[INDEX.get("repeated_once")] > 0 || x[INDEX.get("repeated_more")] > 0) ? 1 : 0);
    }

    /** How the candidate's content words spread over the article's lead, its main block and the page's chrome. */
    private void vocabulary(double[] x, Set<String> content, double lead, double block, double outside) {
        set(x, "lead_share", lead);
        set(x, "lead_share_best", bestLeadShare >= 0.3 && lead >= bestLeadShare ? 1 : 0);
        set(x, "block_share", block);
        set(x, "outside_share", outside);
        set(x, "outside_over_lead", Math.max(0, outside - lead));
        set(x, "no_content_words", content.isEmpty() ? 1 : 0);
    }

    /**
     * The feature vector of the page's metadata title (its part without the site name) as a candidate of its own,
     * where the page has one (saved HTML): ranked with the lines, it stands when no line beats it. A blog's
     * {@code <title>} is often only the blog's name, a news page's the headline with the site's name after it.
     */
    public double[] ofMetadataTitle() {
        double[] x = new double[NAMES.size()];
        if (!page.titleFromMetadata() || page.pageTitle() == null) {
            return x;
        }
        String whole = page.pageTitle().strip();
        String text = HeadlineText.withoutSiteName(whole);
        String form = HeadlineText.normalise(text);
        List<String> words = HeadlineText.wordsOfForm(form);
        int w = words.size();
        set(x, "metadata_title", 1);
        shape(x, text, w);
        set(x, "page_title_known", 1);
        set(x, "metadata_title_split", !text.equals(whole) ? 1 : 0);
        List<Integer> same = form.isEmpty() ? List.of() : occurrences.getOrDefault(form, List.of());
        set(x, "metadata_title_as_line", same.isEmpty() ? 0 : 1);
        set(x, "repeated_more", same.size() >= 2 ? 1 : 0);
        set(x, "metadata_title_short", w <= 3 ? 1 : 0);
        set(x, "slug_known", slug.isEmpty() ? 0 : 1);
        set(x, "slug_share", share(words, slug));
        set(x, "slug_covered", covered(slug, words));
        set(x, "paragraph_share", share(words, paragraph));
        int ui = 0;
        for (String word : words) {
            ui += UI_WORDS.contains(word) ? 1 : 0;
        }
        set(x, "ui_word_share", words.isEmpty() ? 0 : (double) ui / words.size());
        String squeezed = form.replace(" ", "");
        set(x, "host_name_like", !hostLabel.isEmpty() && w <= 4 && squeezed.contains(hostLabel) ? 1 : 0);
        boolean copyright = false;
        if (w <= 6 && !form.isEmpty()) {
            for (String c : copyrightForms) {
                copyright |= c.contains(" " + form + " ") && !c.equals(" " + form + " ");
            }
        }
        set(x, "in_copyright_line", copyright ? 1 : 0);
        Set<String> content = vocabulary.content(words);
        double lead = vocabulary.leadShare(-1, content);
        vocabulary(x, content, lead, vocabulary.blockShare(-1, content), vocabulary.outsideShare(content, same));
        return x;
    }

    /** The text is one phrase written twice, as an image's name and alternative text often are. */
    private static boolean doubled(String form) {
        int mid = form.length() / 2;
        return form.length() >= 7 && form.charAt(mid) == ' ' && form.substring(0, mid).equals(form.substring(mid + 1));
    }

    /** Length, case, punctuation and digits of a candidate's text of {@code w} words. */
    private void shape(double[] x, String text, int w) {
        set(x, w <= 1 ? "words_1" : w == 2 ? "words_2" : w <= 5 ? "words_3_5" : w <= 10 ? "words_6_10"
                : w <= 16 ? "words_11_16" : w <= 25 ? "words_17_25" : w <= 40 ? "words_26_40" : "words_over_40", 1);
        set(x, "chars_log", Math.log1p(text.length()) / 6);
        caseShape(x, text);
        punctuation(x, text);
        digits(x, text);
    }

    private void caseShape(double[] x, String text) {
        int first = firstLetter(text);
        int cased = 0;
        int upper = 0;
        int capitalisedWords = 0;
        int words = 0;
        boolean wordStart = true;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                cased++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
            if (Character.isLetter(c)) {
                if (wordStart) {
                    words++;
                    capitalisedWords += Character.isUpperCase(c) ? 1 : 0;
                }
                wordStart = false;
            } else if (Character.isWhitespace(c)) {
                wordStart = true;
            }
        }
        set(x, "case_first_upper", first >= 0 && Character.isUpperCase(first) ? 1 : 0);
        set(x, "case_first_lower", first >= 0 && Character.isLowerCase(first) ? 1 : 0);
        set(x, "case_title", words >= 3 && capitalisedWords >= 0.7 * words ? 1 : 0);
        set(x, "case_all_upper", cased >= 4 && upper == cased ? 1 : 0);
        set(x, "case_none", cased == 0 ? 1 : 0);
    }

    private static int firstLetter(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return -1;
    }

    private static void punctuation(double[] x, String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        boolean ellipsis = t.endsWith("...") || t.endsWith("…");
        set(x, "end_ellipsis", ellipsis ? 1 : 0);
        set(x, "end_full_stop", !ellipsis && (t.endsWith(".") || t.endsWith("。")) ? 1 : 0);
        set(x, "end_question_or_exclamation", t.endsWith("?") || t.endsWith("!") || t.endsWith("？") ? 1 : 0);
        set(x, "end_colon", t.endsWith(":") ? 1 : 0);
        set(x, "end_comma", t.endsWith(",") || t.endsWith(";") ? 1 : 0);
        set(x, "quote_start", !t.isEmpty() && "\"'“‘«„".indexOf(t.charAt(0)) >= 0 ? 1 : 0);
    }

    private static void digits(double[] x, String text) {
        int digits = 0;
        int visible = 0;
        // the numeric date and time patterns need an ASCII digit ({@code \d}): without one they are not run
        boolean asciiDigit = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                visible++;
                digits += Character.isDigit(c) ? 1 : 0;
                asciiDigit |= c >= '0' && c <= '9';
            }
        }
        set(x, "digit_share", visible == 0 ? 0 : (double) digits / visible);
        set(x, "date_like", MONTH.matcher(text).find() || asciiDigit && NUMERIC_DATE.matcher(text).find() ? 1 : 0);
        set(x, "time_like", asciiDigit && TIME.matcher(text).find() ? 1 : 0);
    }

    private void repeats(double[] x, int i, String form) {
        List<Integer> same = form.isEmpty() ? List.of(i) : occurrences.get(form);
        int others = same.size() - 1;
        set(x, "repeated_once", others == 1 ? 1 : 0);
        set(x, "repeated_more", others >= 2 ? 1 : 0);
        boolean nearby = false;
        boolean after = false;
        for (int k : same) {
            nearby |= k != i && Math.abs(k - i) <= NEARBY;
            after |= k > page.mainEnd();
        }
        set(x, "repeated_nearby", nearby ? 1 : 0);
        set(x, "repeated_after_body", after && i <= page.mainEnd() ? 1 : 0);
        boolean prefix = false;
        if (form.length() >= 10) {
            for (int k = 0; k < forms.length && !prefix; k++) {
                prefix = k != i && forms[k].length() > form.length() + 2 && forms[k].startsWith(form)
                        && forms[k].charAt(form.length()) == ' '
                        && separatorAfter(page.lines().get(k));
            }
        }
        set(x, "prefix_of_other_line", prefix ? 1 : 0);
    }

    private static boolean separatorAfter(String line) {
        return line.contains(" | ") || SEP_DASH.matcher(line).find() || SEP_OTHER.matcher(line).find()
                || line.contains(": ");
    }

    private void pageTitle(double[] x, int i, String form, List<String> words) {
        boolean known = !pageTitleForm.isEmpty();
        set(x, "page_title_known", known ? 1 : 0);
        if (!known || form.isEmpty() || i == 0 && form.equals(pageTitleForm)) {
            // a text dump's first line may be the page title itself: it is no evidence for itself
            return;
        }
        set(x, "page_title_share", share(words, pageTitleWords));
        set(x, "page_title_equal", form.equals(pageTitleForm) ? 1 : 0);
        set(x, "page_title_prefix", words.size() >= 2 && !form.equals(pageTitleForm)
                && (pageTitleForm.startsWith(form + " ") || pageTitleForm.endsWith(" " + form)) ? 1 : 0);
        set(x, "page_title_covered", covered(pageTitleWords, words));
        set(x, "page_title_headline_part", form.equals(headlinePartForm) ? 1 : 0);
    }

    private void rules(double[] x, int i) {
        LineKind k = page.ruleKinds().get(i);
        if (k != null) {
            switch (k) {
                case NAVIGATION, UI_LABEL, WIDGET, SOCIAL -> set(x, "rule_chrome", 1);
                case BYLINE, PUBLISHED_DATE, SECTION -> set(x, "rule_metadata", 1);
                case CAPTION -> set(x, "rule_caption", 1);
                case COPYRIGHT, SOURCE_NOTE, APPENDED -> set(x, "rule_copyright", 1);
                default -> set(x, "rule_boilerplate", 1);
            }
        }
        set(x, "marked", page.marked().length > i && page.marked()[i] ? 1 : 0);
        set(x, "rules_choice", i == page.ruleTitle() ? 1 : 0);
        set(x, "next_is_metadata", i + 1 < page.size() && metadata(page.ruleKinds().get(i + 1)) ? 1 : 0);
        set(x, "prev_is_metadata", i > 0 && metadata(page.ruleKinds().get(i - 1)) ? 1 : 0);
        set(x, "next_long", i + 1 < page.size() && wordCounts[i + 1] >= 20 ? 1 : 0);
        set(x, "prev_long", i > 0 && wordCounts[i - 1] >= 20 ? 1 : 0);
    }

    private static boolean metadata(LineKind k) {
        return k == LineKind.BYLINE || k == LineKind.PUBLISHED_DATE || k == LineKind.SECTION;
    }

    /** Share of the line's words found in the set. */
    private static double share(List<String> words, Set<String> set) {
        if (words.isEmpty() || set.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : words) {
            hit += set.contains(w) ? 1 : 0;
        }
        return (double) hit / words.size();
    }

    /** Share of the set's words that the line holds. */
    private static double covered(Set<String> set, List<String> words) {
        if (words.isEmpty() || set.isEmpty()) {
            return 0;
        }
        Set<String> have = new HashSet<>(words);
        int hit = 0;
        for (String w : set) {
            hit += have.contains(w) ? 1 : 0;
        }
        return (double) hit / set.size();
    }

    private Set<String> paragraphWords() {
        Set<String> out = new HashSet<>();
        int taken = 0;
        for (int k = Math.max(0, page.bodyStart()); k < page.size() && taken < PARAGRAPH_WORDS; k++) {
            String line = page.lines().get(k);
            List<String> w = HeadlineText.words(line.length() > MAX_COMPARED_CHARS ? line.substring(0, MAX_COMPARED_CHARS) : line);
            out.addAll(w);
            taken += w.size();
        }
        return out;
    }

    /** The words of the URL's last meaningful path segment (a slug), or none. */
    static Set<String> slugWords(String url) {
        if (url == null || url.isBlank()) {
            return Set.of();
        }
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
        if (path == null) {
            return Set.of();
        }
        Set<String> best = Set.of();
        for (String segment : path.split("/")) {
            String s = segment.replaceAll("\\.[a-zA-Z0-9]{2,5}$", "");
            Set<String> w = new HashSet<>();
            for (String t : HeadlineText.normalise(s.replace('-', ' ').replace('_', ' ')).split(" ")) {
                if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
                    w.add(t);
                }
            }
            if (w.size() > best.size()) {
                best = w;
            }
        }
        return best.size() >= 2 ? best : Set.of();
    }

    private static void set(double[] x, String name, double value) {
        Integer k = INDEX.get(name);
        if (k == null) {
            throw new IllegalStateException("unknown headline feature " + name);
        }
        x[k] = value;
    }

    /** {@link #BULLET} found in the line; the pattern runs only on a line that starts with one of its marks. */
    private static boolean bulleted(String line) {
        return !line.isEmpty() && BULLET_MARKS.indexOf(line.charAt(0)) >= 0 && BULLET.matcher(line).find();
    }
}
