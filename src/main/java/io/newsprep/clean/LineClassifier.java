package io.newsprep.clean;

import java.util.List;

/**
 * Classifies lines in the manner of jusText: each line alone into good, near-good, short or bad by its
 * length, function-word density and chrome signals, then short and near-good lines by their neighbours.
 * Lines an explicit rule recognised are bad and stay bad.
 */
final class LineClassifier {

    static final double LENGTH_LOW = 70;
    static final double LENGTH_HIGH = 200;
    static final double STOPWORDS_LOW = 0.30;
    static final double STOPWORDS_HIGH = 0.32;
    /** A paragraph that ends like a sentence is good from this length on. */
    static final double SENTENCE_GOOD_LENGTH = 140;
    private static final int LINK_RUN = 3;
    /** Share of the good text that marked lines must hold for the markup to be trusted. */
    private static final double MARKED_MIN_SHARE = 0.5;
    /** Short lines in a row, none a sentence: a list of headlines or links, even without bullets. */
    private static final String FOREIGN_SCRIPT = "classifier:foreign-script";
    private static final String BAD_SHORT = "classifier:bad-short";

    /**
     * @param ruled       per line: whether an explicit rule recognised it
     * @param transparent per line: whether neighbours look through it (images and captions between paragraphs)
     * @param haveList    whether the document's language has a stop-word list
     */
    Classification[] classify(List<LineFeatures> features, boolean[] ruled, boolean[] transparent, boolean haveList) {
        int n = features.size();
        Classification[] out = new Classification[n];
        for (int i = 0; i < n; i++) {
            out[i] = ruled[i] ? new Classification(LineClass.BAD, "rule") : alone(features.get(i), haveList);
        }
        markListRuns(features, ruled, out);
        reviseShort(features, out, transparent);
        reviseNearGood(out, transparent);
        keepCrossHeads(features, ruled, transparent, out);
        return out;
    }

    Classification alone(LineFeatures f, boolean haveList) {
        if (f.placeholder()) {
            return new Classification(LineClass.BAD, "classifier:bad-placeholder");
        }
        if (f.foreignScript()) {
            // chrome in another script (a skip link atop the page) or a quotation inside the article: context decides
            return new Classification(LineClass.SHORT, FOREIGN_SCRIPT);
        }
        if (f.separators() >= 2 && f.length() < LENGTH_HIGH * 2) {
            return new Classification(LineClass.BAD, "classifier:bad-separated-cells");
        }
        if (f.bullet() && f.words() <= 4) {
            return new Classification(LineClass.BAD, "classifier:bad-short-list-item");
        }
        if (f.url() && f.words() <= 6) {
            return new Classification(LineClass.BAD, "classifier:bad-url");
        }
        if (f.length() < LENGTH_LOW) {
            return new Classification(LineClass.SHORT, "classifier:short");
        }
        double density = f.stopDensity(haveList);
        if (density < 0) {
            return neutral(f);
        }
        if (density >= STOPWORDS_HIGH) {
            return f.length() >= LENGTH_HIGH || f.sentenceEnd() && f.length() >= SENTENCE_GOOD_LENGTH
                    ? new Classification(LineClass.GOOD, "classifier:good")
                    : new Classification(LineClass.NEAR_GOOD, "classifier:near-good");
        }
        if (density >= STOPWORDS_LOW) {
            return new Classification(LineClass.NEAR_GOOD, "classifier:near-good");
        }
        if (f.sentenceEnd() && density >= STOPWORDS_LOW / 2) {
            return new Classification(LineClass.NEAR_GOOD, "classifier:near-good-sentence");
        }
        return new Classification(LineClass.BAD, "classifier:bad-few-function-words");
    }

    /**
     * For a document where no line passed as article text (terse reports, results, lists of facts): every
     * unruled line that reads as a sentence of some length counts as text.
     */
    void acceptSentences(List<LineFeatures> features, boolean[] ruled, Classification[] c) {
        for (int i = 0; i < c.length; i++) {
            LineFeatures f = features.get(i);
            if (!ruled[i] && !f.bullet() && f.sentenceEnd() && f.length() >= LENGTH_LOW) {
                c[i] = new Classification(LineClass.GOOD, "classifier:sentence-in-terse-document");
            }
        }
    }

    /**
     * Whether the lines the page's markup places in the article hold most of the text found here line by line:
     * where markup and text disagree, the markup is not trusted.
     */
    static boolean markupAgrees(boolean[] marked, Classification[] c, List<LineFeatures> features) {
        double good = 0;
        double goodMarked = 0;
        boolean any = false;
        for (int i = 0; i < c.length; i++) {
            any |= marked[i];
            if (c[i].good()) {
                good += features.get(i).length();
                goodMarked += marked[i] ? features.get(i).length() : 0;
            }
        }
        return any && goodMarked >= MARKED_MIN_SHARE * good;
    }

    /**
     * Lines the page's markup places in the article (paragraphs, list items, rows and cross-heads of the
     * element that holds the story) are text, however short or terse, unless an explicit rule knows them as
     * chrome. Only lines before {@code limit}, the end marker, are considered.
     */
    void acceptMarked(boolean[] marked, boolean[] ruled, Classification[] c, int limit) {
        for (int i = 0; i < Math.min(limit, c.length); i++) {
            if (marked[i] && !ruled[i] && !c[i].good()) {
                c[i] = new Classification(LineClass.GOOD, "markup:article-text");
            }
        }
    }

    /** Without a stop-word list: sentence shape and length only. */
    private static Classification neutral(LineFeatures f) {
        if (f.sentenceEnd() && f.length() >= LENGTH_HIGH) {
            return new Classification(LineClass.GOOD, "classifier:good-sentence");
        }
        if (f.sentenceEnd() || f.length() >= LENGTH_HIGH) {
            return new Classification(LineClass.NEAR_GOOD, "classifier:near-good-sentence");
        }
        return new Classification(LineClass.BAD, "classifier:bad-no-sentence");
    }

    /** Runs of list items, or of short lines none of which is a sentence, are link lists: bad. */
    private static void markListRuns(List<LineFeatures> features, boolean[] ruled, Classification[] out) {
        int n = out.length;
        int i = 0;
        while (i < n) {
            int j = i;
            int bullets = 0;
            while (j < n && !ruled[j] && features.get(j).length() < LENGTH_HIGH
                    && (features.get(j).bullet() || out[j].cls() == LineClass.SHORT)) {
                if (features.get(j).bullet()) {
                    bullets++;
                }
                j++;
            }
            if (j - i >= LINK_RUN && bullets * 2 >= j - i) {
                for (int k = i; k < j; k++) {
                    out[k] = new Classification(LineClass.BAD, "classifier:bad-short-link-run");
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A short line between good lines is text; between bad ones chrome; a short sentence at a border leans on near-good neighbours. */
    private static void reviseShort(List<LineFeatures> features, Classification[] c, boolean[] transparent) {
        LineClass[] before = new LineClass[c.length];
        for (int i = 0; i < c.length; i++) {
            before[i] = c[i].cls();
        }
        NeighbourClasses text = NeighbourClasses.of(before, transparent, true, true);
        NeighbourClasses any = NeighbourClasses.of(before, transparent, true, false);
        for (int i = 0; i < c.length; i++) {
            if (before[i] != LineClass.SHORT) {
                continue;
            }
            LineClass prev = text.above(i);
            LineClass next = text.below(i);
            if (prev == LineClass.GOOD && next == LineClass.GOOD) {
                c[i] = new Classification(LineClass.GOOD, "classifier:short-between-good");
            } else if (c[i].rule().equals(FOREIGN_SCRIPT)) {
                c[i] = new Classification(LineClass.BAD, "classifier:bad-foreign-script");
            } else if (prev == LineClass.BAD && next == LineClass.BAD) {
                c[i] = new Classification(LineClass.BAD, BAD_SHORT);
            } else if (features.get(i).sentenceEnd()
                    && (any.above(i) == LineClass.NEAR_GOOD || any.below(i) == LineClass.NEAR_GOOD)) {
                c[i] = new Classification(LineClass.GOOD, "classifier:short-near-text");
            } else {
                c[i] = new Classification(LineClass.BAD, BAD_SHORT);
            }
        }
    }

    /** A near-good line next to good text is text; surrounded by chrome it is chrome. */
    private static void reviseNearGood(Classification[] c, boolean[] transparent) {
        LineClass[] before = new LineClass[c.length];
        for (int i = 0; i < c.length; i++) {
            before[i] = c[i].cls();
        }
        NeighbourClasses text = NeighbourClasses.of(before, transparent, true, true);
        for (int i = 0; i < c.length; i++) {
            if (before[i] != LineClass.NEAR_GOOD) {
                continue;
            }
            LineClass prev = text.above(i);
            LineClass next = text.below(i);
            c[i] = prev == LineClass.BAD && next == LineClass.BAD
                    ? new Classification(LineClass.BAD, "classifier:bad-near-good-among-chrome")
                    : new Classification(LineClass.GOOD, "classifier:near-good-by-text");
        }
    }

    /**
     * A headline-shaped line with article text right above and below is a cross-head of the article; a sentence
     * there (a terse one, full of names and figures) is article text too.
     */
    private static void keepCrossHeads(List<LineFeatures> features, boolean[] ruled, boolean[] transparent,
                                       Classification[] c) {
        boolean[] shortLine = new boolean[c.length];
        for (int pass = 0; pass < 2; pass++) {
            LineClass[] now = new LineClass[c.length];
            for (int i = 0; i < c.length; i++) {
                now[i] = c[i].cls();
                shortLine[i] |= pass == 0 && c[i].rule().equals(BAD_SHORT);
            }
            // first pass: sentences look past short lines (their cross-head); second pass: the cross-heads
            boolean[] through = new boolean[c.length];
            for (int i = 0; i < c.length; i++) {
                through[i] = transparent[i] || pass == 0 && shortLine[i];
            }
            NeighbourClasses adjacent = NeighbourClasses.of(now, through);
            for (int i = 0; i < c.length; i++) {
                if (now[i] != LineClass.BAD || ruled[i] || adjacent.above(i) != LineClass.GOOD
                        || adjacent.below(i) != LineClass.GOOD) {
                    continue;
                }
                LineFeatures f = features.get(i);
                if (HeadlineFinder.titleLike(f) || pass == 1 && shortLine[i] && !f.bullet()) {
                    c[i] = new Classification(LineClass.GOOD, "classifier:cross-head");
                } else if (pass == 0 && f.sentenceEnd() && !f.bullet() && f.separators() == 0) {
                    c[i] = new Classification(LineClass.GOOD, "classifier:sentence-between-good");
                }
            }
        }
    }
}
