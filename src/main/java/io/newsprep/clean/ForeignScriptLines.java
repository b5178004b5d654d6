package io.newsprep.clean;

import java.util.List;

/**
 * With the line model deciding: a line written in another script than the document's body is chrome (a tag list,
 * related headlines, a caption in the site's own language around an article in another), unless body text of
 * the document's own script stands right above and below it, as a quotation inside the article does. The training
 * pages are nearly all in one script, so the model cannot learn this; it is a rule, with the hand-made
 * classifier's name for it.
 */
final class ForeignScriptLines {

    static final String RULE = "classifier:bad-foreign-script";

    private ForeignScriptLines() {
    }

    /** Turns the foreign-script lines the model kept outside the article's own text into chrome. */
    static void drop(List<LineFeatures> features, boolean[] ruled, Classification[] classes) {
        int n = classes.length;
        boolean[] before = new boolean[n];
        for (int k = 0; k < n; k++) {
            before[k] = classes[k].good();
        }
        for (int k = 0; k < n; k++) {
            if (ruled[k] || !before[k] || !features.get(k).foreignScript()) {
                continue;
            }
            if (!ownScriptBody(features, before, k, -1) || !ownScriptBody(features, before, k, 1)) {
                classes[k] = new Classification(LineClass.BAD, RULE);
            }
        }
    }

    /** Whether the nearest line of the body's script in direction {@code step} is body. */
    private static boolean ownScriptBody(List<LineFeatures> features, boolean[] body, int from, int step) {
        for (int k = from + step; k >= 0 && k < body.length; k += step) {
            if (!features.get(k).foreignScript()) {
                return body[k];
            }
        }
        return false;
    }
}
