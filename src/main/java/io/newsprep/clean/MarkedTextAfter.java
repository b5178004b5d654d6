package io.newsprep.clean;

import java.util.List;

/**
 * How much of a saved page's article text, as its markup places it, lies below each line. An end marker ("Read
 * more", "Related") above a good part of the story's own paragraphs is a button or a box inside the story, not its
 * end: pages that fold the rest of the story behind a "Read more" link still ship it in the same element.
 */
final class MarkedTextAfter {

    /** The share of the marked text that must lie below a marker for it not to end the article. */
    private static final double MIN_SHARE_BELOW = 0.25;
    /** The end markers' rule for links to more stories (clean/end-markers.tsv). */
    private static final String RELATED = "end-related";

    private final double[] below;
    private final double total;

    private MarkedTextAfter(double[] below, double total) {
        this.below = below;
        this.total = total;
    }

    /** @param marked per line: whether the markup places it in the article (all false for text dumps) */
    static MarkedTextAfter of(boolean[] marked, List<LineFeatures> features) {
        double[] below = new double[marked.length + 1];
        for (int k = marked.length - 1; k >= 0; k--) {
            below[k] = below[k + 1] + (marked[k] ? features.get(k).length() : 0);
        }
        return new MarkedTextAfter(below, below[0]);
    }

    /**
     * Whether the end marker {@code marker} on line {@code k} sits inside the story: it points to more stories ("Read
     * more", "Related") and a good share of the marked text lies below it. Comment threads, author notes and
     * most-read lists come after the story even where the page's markup holds them in the story's element. Never
     * for a page without markup.
     */
    boolean storyGoesOn(RuleHit marker, int k) {
        return total > 0 && RELATED.equals(marker.rule()) && below[k + 1] >= MIN_SHARE_BELOW * total;
    }
}
