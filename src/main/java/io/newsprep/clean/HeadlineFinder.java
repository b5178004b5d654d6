package io.newsprep.clean;

import io.newsprep.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks upwards from the start of the article body for the headline block: title-like lines (decks
 * below the title), metadata lines, captions and a section label right above the title.
 */
final class HeadlineFinder {

    private static final int MAX_LOOKBACK = 12;
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_DECK_WORDS = 45;
    private static final int MAX_LABEL_WORDS = 3;
    private static final double MIN_PAGE_TITLE_OVERLAP = 0.6;

    /**
     * @param texts     the document's non-blank lines
     * @param hits      per line: the explicit rule that recognised it, or null
     * @param marked    per line: whether the page's markup places it in the article; such a line is no deck
     * @param bodyStart the first line of the main block
     * @param anchor    the line that repeats the page's own title, or -1
     * @param pageTitleWords lower-case words of what may be the page's title (a dump's first line); a
     *                  title-like line sharing most of them is preferred over the first one
     */
    Headline find(List<String> texts, List<LineFeatures> features, RuleHit[] hits, boolean[] marked, int bodyStart,
                  int anchor, Set<String> pageTitleWords) {
        if (anchor >= 0 && anchor < bodyStart) {
            return below(features, hits, marked, anchor, bodyStart);
        }
        List<Integer> block = new ArrayList<>();
        for (int i = bodyStart - 1; i >= 0 && bodyStart - i <= MAX_LOOKBACK; i--) {
            RuleHit h = hits[i];
            if (h != null) {
                if (metadata(h.kind()) || h.kind() == LineKind.CAPTION) {
                    block.add(0, i);
                    continue;
                }
                break;
            }
            if (titleLike(features.get(i)) || label(features.get(i)) || deckLike(features.get(i))) {
                block.add(0, i);
                continue;
            }
            break;
        }
        int title = -1;
        double bestOverlap = MIN_PAGE_TITLE_OVERLAP;
        for (int i : block) {
            if (hits[i] == null && titleLike(features.get(i))) {
                title = title < 0 ? i : title;
                double overlap = overlap(texts.get(i), pageTitleWords);
                if (overlap >= bestOverlap) {
                    bestOverlap = overlap;
                    title = i;
                }
            }
        }
        return title < 0 ? Headline.none(bodyStart) : below(features, hits, marked, title, bodyStart);
    }

    private Headline below(List<LineFeatures> features, RuleHit[] hits, boolean[] marked, int title, int bodyStart) {
        int section = title > 0 && hits[title - 1] == null && label(features.get(title - 1)) ? title - 1 : -1;
        List<Integer> subtitles = new ArrayList<>();
        int body = bodyStart;
        boolean decks = true;
        for (int i = title + 1; i < bodyStart; i++) {
            RuleHit h = hits[i];
            if (h != null) {
                if (metadata(h.kind())) {
                    decks = false;
                }
                continue;
            }
            LineFeatures f = features.get(i);
            if (decks && !marked[i] && (titleLike(f) || deckLike(f))) {
                subtitles.add(i);
            } else {
                body = i;
                break;
            }
        }
        return new Headline(title, subtitles, section, body);
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Words.scan(text, (t, start, end) -> out.add(Words.normalise(t.substring(start, end))));
        return out;
    }

    /** Share of the line's words found in the page title. */
    private static double overlap(String line, Set<String> pageTitleWords) {
        if (pageTitleWords.isEmpty()) {
            return 0;
        }
        Set<String> w = words(line);
        if (w.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : w) {
            if (pageTitleWords.contains(x)) {
                shared++;
            }
        }
        return (double) shared / w.size();
    }

    static boolean metadata(LineKind k) {
        return k == LineKind.BYLINE || k == LineKind.PUBLISHED_DATE || k == LineKind.SECTION;
    }

    /** A headline: a handful of words, not a sentence ending in a full stop, no list bullet. */
    static boolean titleLike(LineFeatures f) {
        return !f.bullet() && !f.placeholder() && f.words() >= MIN_TITLE_WORDS && f.words() <= MAX_TITLE_WORDS
                && !endsWithFullStop(f) && f.separators() == 0 && !f.url();
    }

    /** A standfirst: one or two sentences. */
    static boolean deckLike(LineFeatures f) {
        return !f.bullet() && !f.placeholder() && f.words() >= MIN_TITLE_WORDS && f.words() <= MAX_DECK_WORDS
                && f.separators() == 0;
    }

    /** A lone label such as a section name. */
    static boolean label(LineFeatures f) {
        return !f.bullet() && f.words() >= 1 && f.words() <= MAX_LABEL_WORDS && !f.sentenceEnd() && f.digits() == 0
                && f.capitalised() > 0.5;
    }

    private static boolean endsWithFullStop(LineFeatures f) {
        return f.fullStop();
    }
}
