package io.newsprep.clean;

import java.util.List;

/**
 * What the hand-made classifier (jusText-like classes with context, the densest block of text, the end marker
 * that ends it) says of each line. The line model reads these votes as features; they decide nothing by
 * themselves.
 *
 * @param good      per line: the classifier's class is good after its neighbours were looked at
 * @param mainBlock per line: inside the densest block of good text, before an end marker
 */
record RuleSystemVotes(boolean[] good, boolean[] mainBlock) {

    private static final double END_MARKER_MIN_SHARE = 0.2;
    private static final double END_MARKER_MIN_LENGTH = 300;

    static RuleSystemVotes of(LineClassifier classifier, MainBlockFinder blocks, List<LineFeatures> features,
                              boolean[] ruled, boolean[] transparent, boolean[] endMarkers, boolean haveList) {
        int n = features.size();
        Classification[] classes = classifier.classify(features, ruled, transparent, haveList);
        int cut = cut(endMarkers, classes, features);
        MainBlockFinder.Range main = blocks.find(classes, features, transparent, cut);
        if (main == null) {
            classifier.acceptSentences(features, ruled, classes);
            main = blocks.find(classes, features, transparent, cut);
        }
        boolean[] good = new boolean[n];
        boolean[] inMain = new boolean[n];
        for (int k = 0; k < n; k++) {
            good[k] = classes[k].good();
            inMain[k] = main != null && main.contains(k);
        }
        return new RuleSystemVotes(good, inMain);
    }

    /** The first end marker after a fair share of the document's good text, or the number of lines. */
    private static int cut(boolean[] endMarkers, Classification[] classes, List<LineFeatures> features) {
        double total = 0;
        for (int k = 0; k < classes.length; k++) {
            total += classes[k].good() ? features.get(k).length() : 0;
        }
        double before = 0;
        double needed = Math.max(END_MARKER_MIN_LENGTH, END_MARKER_MIN_SHARE * total);
        for (int k = 0; k < classes.length; k++) {
            if (endMarkers[k] && before >= needed) {
                return k;
            }
            before += classes[k].good() ? features.get(k).length() : 0;
        }
        return classes.length;
    }
}
