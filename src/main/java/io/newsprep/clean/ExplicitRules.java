package io.newsprep.clean;

import io.newsprep.publisher.PublisherProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The explicit-rule pass over a document: the rule book, the publisher's profile, dates and bylines line by
 * line, then the rules that need a line's surroundings (reaction widgets, recurring lines, captions above
 * credits, captions that repeat a headline).
 */
final class ExplicitRules {

    static final String REPEATED_LINE = "repeated-line";
    private static final int TITLE_PREFIX_CANDIDATES = 40;
    static final int MIN_REPEATED_TITLE_WORDS = 4;
    private static final int MAX_CREDIT_WORDS = 8;
    private static final int MAX_CAPTION_WORDS = 80;
    private static final int MIN_REPEATED_LINE_WORDS = 3;
    private static final int REPEATS_FOR_CHROME = 3;
    private static final Pattern REACTION = Pattern.compile("^[-–—]\\s*(?:\\S.{0,30})?$");
    private static final String DASHES = "-–—";

    /** Per line: the rule that recognised it (or null), the ISO date of date lines, the authors of bylines. */
    record Matches(RuleHit[] hits, String[] isoDates, List<List<String>> authors) {
    }

    private final RuleBook rules;
    private final BylineParser bylines;
    private final DateLines dates;

    ExplicitRules(RuleBook rules, BylineParser bylines, DateLines dates) {
        this.rules = rules;
        this.bylines = bylines;
        this.dates = dates;
    }

    static ExplicitRules fromResources() {
        return new ExplicitRules(RuleBook.fromResources(), BylineParser.fromResources(), DateLines.fromResources());
    }

    RuleHit endMarker(String key) {
        return rules.endMarker(key);
    }

    /** @param lowerCaseTexts the lines in lower case ({@link java.util.Locale#ROOT}) */
    Matches apply(List<String> texts, String[] lowerCaseTexts, String[] keys, List<LineFeatures> features,
                  PublisherProfile profile) {
        int n = texts.size();
        RuleBook.Reader reader = rules.newReader();
        ProfileRules profileRules = profile == null ? null : new ProfileRules(profile);
        RuleHit[] hits = new RuleHit[n];
        String[] isoDates = new String[n];
        List<List<String>> names = new ArrayList<>(n);
        List<String> titleCandidates = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            names.add(List.of());
            RuleHit hit = lineHit(k, texts.get(k), lowerCaseTexts[k], keys[k], reader, profileRules, titleCandidates,
                    isoDates, names);
            hits[k] = hit;
            if (hit == null && titleCandidates.size() < TITLE_PREFIX_CANDIDATES
                    && HeadlineFinder.titleLike(features.get(k)) && features.get(k).words() >= MIN_REPEATED_TITLE_WORDS) {
                titleCandidates.add(texts.get(k));
            }
        }
        markReactionRuns(texts, hits);
        markRepeatedLines(keys, features, hits);
        markCaptionsAboveCredits(features, hits);
        return new Matches(hits, isoDates, names);
    }

    /** The rule that recognises line k by itself, or null; records its ISO date or authors when it is a date line or byline. */
    private RuleHit lineHit(int k, String text, String lowerCaseText, String key, RuleBook.Reader reader,
                            ProfileRules profileRules, List<String> titleCandidates, String[] isoDates,
                            List<List<String>> names) {
        // generic rules first: they name the kind (copyright, navigation...); the profile catches the rest
        RuleHit hit = reader.match(text, lowerCaseText, key);
        if (hit == null && profileRules != null) {
            hit = profileRules.match(text, key);
        }
        if (hit == null && repeatsEarlierHeadline(text, titleCandidates)) {
            hit = new RuleHit(LineKind.CAPTION, "caption-repeats-headline");
        }
        if (hit == null && (isoDates[k] = dates.isoDate(text)) != null) {
            hit = new RuleHit(LineKind.PUBLISHED_DATE, "published-date");
        }
        if (hit == null) {
            List<String> found = bylines.authors(text, lowerCaseText);
            if (!found.isEmpty()) {
                names.set(k, found);
                hit = new RuleHit(LineKind.BYLINE, "byline");
            }
        }
        return hit;
    }

    private static boolean repeatsEarlierHeadline(String text, List<String> candidates) {
        for (String c : candidates) {
            if (text.length() > c.length() + 1 && text.startsWith(c) && Character.isWhitespace(text.charAt(c.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A line right above a bare photo credit ("Name | Agency | Getty Images") is that photo's caption. */
    private static void markCaptionsAboveCredits(List<LineFeatures> features, RuleHit[] hits) {
        for (int k = 1; k < hits.length; k++) {
            if (hits[k] != null && hits[k].rule().equals("photo-credit-agency") && features.get(k).words() <= MAX_CREDIT_WORDS
                    && hits[k - 1] == null && features.get(k - 1).words() <= MAX_CAPTION_WORDS) {
                hits[k - 1] = new RuleHit(LineKind.CAPTION, "caption-above-credit");
            }
        }
    }

    /** A headline-like line that recurs in the page (gallery captions, teaser titles, menus shown twice) is not article text. */
    private static void markRepeatedLines(String[] keys, List<LineFeatures> features, RuleHit[] hits) {
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            if (features.get(k).words() >= MIN_REPEATED_LINE_WORDS) {
                seen.merge(keys[k], 1, Integer::sum);
            }
        }
        for (int k = 0; k < keys.length; k++) {
            if (hits[k] == null && !features.get(k).sentenceEnd() && seen.getOrDefault(keys[k], 0) >= REPEATS_FOR_CHROME) {
                hits[k] = new RuleHit(LineKind.BOILERPLATE, REPEATED_LINE);
            }
        }
    }

    private static boolean reactionItem(String text) {
        return !text.isEmpty() && DASHES.indexOf(text.charAt(0)) >= 0 && REACTION.matcher(text).matches();
    }

    /** Reaction widgets: a run of dash items with a lone dash among them ("-", "- great", "- 0"). */
    private static void markReactionRuns(List<String> texts, RuleHit[] hits) {
        int n = texts.size();
        int i = 0;
        while (i < n) {
            int j = i;
            boolean loneDash = false;
            while (j < n && reactionItem(texts.get(j))) {
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
}
