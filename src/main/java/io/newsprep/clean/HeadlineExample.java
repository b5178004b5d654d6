package io.newsprep.clean;

import java.util.List;

/**
 * One training page: its headline view, the gold headline, and the features and labels of its candidate lines
 * (a candidate is right when its text is the gold headline once both are normalised).
 *
 * @param set    the corpus set, e.g. {@code dragnet}
 * @param site   the page's host name, or "" when unknown
 * @param format {@code text} or {@code html}
 */
public record HeadlineExample(String id, String set, String site, String format, HeadlinePage page, String gold,
                              List<Integer> candidates, double[][] features, boolean[] labels) {

    static HeadlineExample of(String id, String set, String site, String format, HeadlinePage page, String gold) {
        HeadlineFeatures f = new HeadlineFeatures(page);
        List<Integer> candidates = new java.util.ArrayList<>(f.candidates());
        if (page.titleFromMetadata()) {
            candidates.add(LearnedHeadlineChooser.METADATA_TITLE);
        }
        double[][] x = new double[candidates.size()][];
        boolean[] y = new boolean[candidates.size()];
        String goldForm = HeadlineText.normalise(gold);
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k) == LearnedHeadlineChooser.METADATA_TITLE) {
                x[k] = f.ofMetadataTitle();
                y[k] = HeadlineText.normalise(HeadlineText.withoutSiteName(page.pageTitle())).equals(goldForm);
                continue;
            }
            x[k] = f.of(candidates.get(k));
            // a page title that gives the headline once its site name is cut is no example of a headline line
            y[k] = HeadlineText.normalise(HeadlineTrim.of(page.lines(), candidates.get(k), false,
                    page.titleHeadlineFor(candidates.get(k)))).equals(goldForm);
        }
        return new HeadlineExample(id, set, site, format, page, gold, List.copyOf(candidates), x, y);
    }

    boolean answerable() {
        for (boolean b : labels) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line at this index carries the gold headline. */
    boolean right(int index) {
        return index >= 0 && HeadlineText.normalise(page.headlineText(index)).equals(HeadlineText.normalise(gold));
    }

    /** Whether the choice gives the gold headline: the chosen line, or with none the page's metadata title. */
    boolean rightChoice(int index) {
        if (index < 0 && page.titleFromMetadata()) {
            return HeadlineText.normalise(HeadlineText.withoutSiteName(page.pageTitle()))
                    .equals(HeadlineText.normalise(gold));
        }
        return right(index);
    }
}
