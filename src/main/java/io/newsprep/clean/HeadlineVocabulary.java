package io.newsprep.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a document's content words occur: in the lead of the article, in its main block, and on lines outside the
 * article (navigation, sidebars, footers). A headline shares content words with the text it heads; a blog's name,
 * a section label or a teaser for another story shares them with the page's chrome instead.
 *
 * <p>Content words are found without a stop-word list, so in any language: the document's most frequent words
 * (by the number of lines that hold them) are its function words and do not count; an ideographic character is a
 * word of its own ({@link HeadlineText#wordsOfForm}).
 */
final class HeadlineVocabulary {

    /** How many of the document's most frequent words count as function words. */
    private static final int FUNCTION_WORDS = 12;
    /** A word on fewer lines than this is never a function word, however short the document. */
    private static final int MIN_FUNCTION_LINES = 3;
    private static final int LEAD_WORDS = 300;
    private static final int BLOCK_WORDS = 3000;

    /**
     * The document's lines, normalised: a line's words are read again from its form where a feature needs them (a
     * candidate's lead window, its own line, the lines that repeat it), so that no set of words is kept per line.
     */
    private final String[] forms;
    private final Set<String> functionWords = new HashSet<>();
    /**
     * Per word, three counts of lines that hold it, in one entry so that each word is looked up once per line:
     * {@link #ALL} the document's, {@link #BLOCK} the main block's first words', {@link #OUTSIDE} those outside the
     * article.
     */
    private final Map<String, int[]> lineCounts = new HashMap<>();
    private static final int ALL = 0;
    private static final int BLOCK = 1;
    private static final int OUTSIDE = 2;
    private final Set<String> lead;
    /** The lead below each candidate asked about, read once. */
    private final Map<Integer, Set<String>> leadsBelow = new HashMap<>();
    private final int bodyStart;
    private final int blockStart;
    private final int blockEnd;
    private final int articleEnd;

    /**
     * @param forms the document's lines, normalised ({@link HeadlineText#normalise}); kept, not copied
     */
    HeadlineVocabulary(String[] forms, int bodyStart, int mainStart, int mainEnd) {
        this.forms = forms;
        int n = forms.length;
        this.bodyStart = Math.max(0, bodyStart);
        this.blockStart = Math.max(0, mainStart);
        this.blockEnd = Math.min(n - 1, mainEnd);
        this.articleEnd = Math.max(this.bodyStart, this.blockEnd);
        // one pass: each line's word set is counted where it belongs and then dropped (one scratch set, reused)
        Set<String> w = new HashSet<>();
        int blockTaken = 0;
        for (int k = 0; k < n; k++) {
            w.clear();
            w.addAll(HeadlineText.wordsOfForm(forms[k]));
            boolean block = k >= blockStart && k <= blockEnd && blockTaken < BLOCK_WORDS;
            int outside = k < this.bodyStart || k > articleEnd ? 1 : 0;
            int inBlock = block ? 1 : 0;
            for (String word : w) {
                int[] counts = lineCounts.get(word);
                if (counts == null) {
                    counts = new int[3];
                    lineCounts.put(word, counts);
                }
                counts[ALL]++;
                counts[BLOCK] += inBlock;
                counts[OUTSIDE] += outside;
            }
            if (block) {
                blockTaken += w.size();
            }
        }
        lineCounts.entrySet().stream().filter(e -> e.getValue()[ALL] >= MIN_FUNCTION_LINES)
                .sorted((a, b) -> a.getValue()[ALL] == b.getValue()[ALL] ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue()[ALL], a.getValue()[ALL]))
                .limit(FUNCTION_WORDS).forEach(e -> functionWords.add(e.getKey()));
        lead = leadFrom(this.bodyStart);
    }

    /** The distinct words of line {@code k}. */
    private Set<String> wordSet(int k) {
        return new HashSet<>(HeadlineText.wordsOfForm(forms[k]));
    }

    private Set<String> leadFrom(int from) {
        Set<String> out = new HashSet<>();
        int taken = 0;
        // the lead ends with the article: a short one is not continued into the page's footer
        int end = Math.min(forms.length - 1, Math.max(articleEnd, from));
        for (int k = from; k <= end && taken < LEAD_WORDS; k++) {
            Set<String> w = wordSet(k);
            out.addAll(w);
            taken += w.size();
        }
        return out;
    }

    /** The content words of a text's words: without the document's function words, each once. */
    Set<String> content(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (!functionWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Share of the content words found in the first words of the article below line {@code i} (and below its start). */
    double leadShare(int i, Set<String> content) {
        if (content.isEmpty()) {
            return 0;
        }
        Set<String> text = i < bodyStart ? lead : leadsBelow.computeIfAbsent(i, k -> leadFrom(k + 1));
        return share(content, text::contains);
    }

    /** Share of the content words found on another line of the main block (the largest block of text). */
    double blockShare(int i, Set<String> content) {
        if (content.isEmpty()) {
            return 0;
        }
        boolean own = i >= blockStart && i <= blockEnd;
        Set<String> mine = own ? wordSet(i) : Set.of();
        return share(content, w -> lines(BLOCK, w) - (mine.contains(w) ? 1 : 0) > 0);
    }

    /**
     * Share of the content words found on lines outside the article other than those that hold the same text
     * ({@code same}: the lines equal to the candidate, which only repeat it).
     */
    double outsideShare(Set<String> content, List<Integer> same) {
        if (content.isEmpty()) {
            return 0;
        }
        // the lines that repeat the candidate mostly share one form: its words are read once per form
        Map<String, Integer> outsideForms = new HashMap<>();
        for (int k : same) {
            if (k < bodyStart || k > articleEnd) {
                outsideForms.merge(forms[k], 1, Integer::sum);
            }
        }
        Map<String, Integer> own = new HashMap<>();
        for (Map.Entry<String, Integer> e : outsideForms.entrySet()) {
            for (String w : new HashSet<>(HeadlineText.wordsOfForm(e.getKey()))) {
                own.merge(w, e.getValue(), Integer::sum);
            }
        }
        return share(content, w -> lines(OUTSIDE, w) - own.getOrDefault(w, 0) > 0);
    }

    private int lines(int where, String word) {
        int[] c = lineCounts.get(word);
        return c == null ? 0 : c[where];
    }

    private static double share(Set<String> content, java.util.function.Predicate<String> found) {
        int hit = 0;
        for (String w : content) {
            hit += found.test(w) ? 1 : 0;
        }
        return (double) hit / content.size();
    }
}
