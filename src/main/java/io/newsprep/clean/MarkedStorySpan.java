package io.newsprep.clean;

/**
 * The span of a saved page's story as its markup places it: from the first to the last line of the story's
 * element(s). A chart, a picture gallery or an ad slot inside the story flattens to many short lines that are no
 * text; to the search for the densest block they are chrome and split the story, so that one part of it was
 * dropped as lying before or after the article. Inside the span they neither add nor split; each is still dropped
 * or kept on its own class. Text dumps have no marked lines, so nothing changes for them.
 */
final class MarkedStorySpan {

    private MarkedStorySpan() {
    }

    /**
     * A copy of {@code transparent} with the unmarked lines between the first and the last marked line that the
     * classifier finds good on its own set: prose bounds the story, while marked lines that are text only by the
     * markup (a box of specifications or links at the story's foot) do not stretch it.
     */
    static boolean[] bridge(boolean[] marked, Classification[] classes, boolean[] transparent) {
        boolean[] out = transparent.clone();
        int first = -1;
        int last = -1;
        for (int k = 0; k < marked.length; k++) {
            if (marked[k] && classes[k].good()) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        for (int k = first + 1; k < last; k++) {
            out[k] |= !marked[k];
        }
        return out;
    }
}
