package io.newsprep.clean;

import io.newsprep.text.Script;

/**
 * What the classifier knows about one line.
 *
 * @param length      visible length in Latin-character equivalents (a CJK character counts as several)
 * @param words       words, estimated from the length for scripts written without spaces
 * @param stopWords   words found in the document language's stop-word list
 * @param sentenceEnd the line ends like a sentence (., !, ?, 。, closing quote after one)
 * @param fullStop    the line ends with a full stop (not ! or ?), as headlines rarely do
 * @param capitalised share of words starting with a capital letter
 * @param bullet      the line is a list item (bullet from any converter)
 * @param separators  menu separators such as | » › and TAB-separated cells
 * @param placeholder an image or frame placeholder, a form field or button label
 * @param foreignScript the line is written in another script than the document's body
 */
record LineFeatures(int chars, double length, int words, int stopWords, boolean sentenceEnd, boolean fullStop, double capitalised,
                    double digits, boolean url, boolean email, boolean bullet, int separators,
                    boolean placeholder, boolean foreignScript, Script script) {

    /** Share of words that are stop words; -1 when the document has no stop-word list. */
    double stopDensity(boolean haveList) {
        return !haveList ? -1 : words == 0 ? 0 : (double) stopWords / words;
    }
}
