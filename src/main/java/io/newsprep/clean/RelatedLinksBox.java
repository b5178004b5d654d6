package io.newsprep.clean;

import java.util.List;

/**
 * With the line model deciding: a box label inside the article ("Read more", "Related stories") announces a list
 * of links, the short headline-like lines right below it, none ending with a full stop. They go as navigation; the first line
 * that reads as a paragraph ends the box, and the model decides from there on, so that the article continues.
 */
final class RelatedLinksBox {

    static final String RULE = "classifier:related-box-link";
    /** Longer than this, a line is read as a paragraph, not as a linked headline. */
    private static final double MAX_LINK_LENGTH = 120;
    private static final int MAX_LINKS = 12;

    private RelatedLinksBox() {
    }

    /**
     * @param labels per line: a box label (an end-marker phrase)
     * @param cut    the line where the article ends; labels from there on are handled as its end
     */
    static void drop(boolean[] labels, List<LineFeatures> features, boolean[] ruled, Classification[] classes, int cut) {
        boolean[] links = links(labels, features, ruled, Math.min(classes.length, cut));
        for (int j = 0; j < classes.length; j++) {
            if (links[j]) {
                classes[j] = new Classification(LineClass.BAD, RULE);
            }
        }
    }

    /**
     * Per line: it is one of the links of a box whose label lies above {@code cut}. The sequence decoder skips these
     * lines as it skips those a rule took, so that a box inside the article does not split or end it.
     */
    static boolean[] links(boolean[] labels, List<LineFeatures> features, boolean[] ruled, int cut) {
        int n = labels.length;
        boolean[] links = new boolean[n];
        for (int k = 0; k < Math.min(n, cut); k++) {
            if (!labels[k]) {
                continue;
            }
            for (int j = k + 1; j < n && j <= k + MAX_LINKS; j++) {
                LineFeatures f = features.get(j);
                if (ruled[j]) {
                    continue;
                }
                // a linked headline may ask a question; a paragraph ends with a full stop
                if (f.fullStop() || f.length() > MAX_LINK_LENGTH) {
                    break;
                }
                links[j] = true;
            }
        }
        return links;
    }
}
