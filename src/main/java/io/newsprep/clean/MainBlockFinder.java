package io.newsprep.clean;

import java.util.List;

/**
 * Finds the article as the densest run of text: the contiguous range of lines whose good text outweighs
 * the chrome inside it by the most (a maximum-sum segment over per-line scores).
 */
final class MainBlockFinder {

    /** What one chrome line costs at least, so long menus split blocks of text. */
    static final double CHROME_LINE_COST = 60;
    static final double CHROME_LENGTH_COST = 0.5;

    /** First and last line (inclusive) of the main block, or null when no line is good. */
    record Range(int start, int end) {
        boolean contains(int i) {
            return i >= start && i <= end;
        }
    }

    /** @param transparent lines that neither add to nor split a block (images and captions between paragraphs) */
    Range find(Classification[] classes, List<LineFeatures> features, boolean[] transparent, int limit) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < limit; i++) {
            double length = features.get(i).length();
            double score = classes[i].good() ? length
                    : transparent[i] ? 0 : -Math.max(CHROME_LINE_COST, CHROME_LENGTH_COST * length);
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += score;
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new Range(bestStart, bestEnd);
    }
}
