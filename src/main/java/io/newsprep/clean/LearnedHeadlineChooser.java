package io.newsprep.clean;

import java.util.Set;

/**
 * Scores every candidate line with the headline model and takes the best. On a page with a metadata title (saved
 * HTML) a best line scoring below the model's threshold is not taken: -1 then lets the metadata title stand. A page
 * without candidates keeps the rules' choice. In a text dump, a line that lists the page's feed links or is the
 * site's name as they give it ({@link FeedSiteNames}) is passed over.
 */
public final class LearnedHeadlineChooser implements HeadlineChooser {

    /** The candidate index of a page's metadata title, ranked with its lines. */
    public static final int METADATA_TITLE = -1;

    private final HeadlineModel model;

    public LearnedHeadlineChooser(HeadlineModel model) {
        this.model = model;
    }

    @Override
    public int choose(HeadlinePage page) {
        Scored best = best(page);
        if (best.index == METADATA_TITLE && best.score > Double.NEGATIVE_INFINITY) {
            return displayed(page);
        }
        if (best.index < 0) {
            return page.ruleTitle();
        }
        return page.titleFromMetadata() && best.score < model.threshold() ? -1 : best.index;
    }

    /**
     * The line that shows the metadata title (without its site name), so that it leaves the body as the headline;
     * else {@link #METADATA_TITLE}.
     */
    private static int displayed(HeadlinePage page) {
        String want = HeadlineText.normalise(HeadlineText.withoutSiteName(page.pageTitle()));
        if (want.isEmpty()) {
            return METADATA_TITLE;
        }
        for (int i : HeadlineCandidates.of(page)) {
            if (HeadlineText.normalise(page.headlineText(i)).equals(want)) {
                return i;
            }
        }
        return METADATA_TITLE;
    }

    /** The best candidate and its score; index -1 when there is no candidate. */
    public Scored best(HeadlinePage page) {
        HeadlineFeatures features = new HeadlineFeatures(page);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        Set<String> feedNames = feedNames(page);
        for (int i : features.candidates()) {
            if (!feedNames.isEmpty() && feedNamed(page, feedNames, i)) {
                continue;
            }
            double z = model.score(features.of(i));
            if (z > bestScore) {
                bestScore = z;
                best = i;
            }
        }
        if (page.titleFromMetadata()) {
            double z = model.score(features.ofMetadataTitle());
            if (z > bestScore) {
                bestScore = z;
                best = METADATA_TITLE;
            }
        }
        return new Scored(best, bestScore);
    }

    /**
     * The line is the list of feed links of a text dump, or the site's name those feeds give: never the headline.
     * This is a choice-time rule; the model is trained on all candidates, so its weights do not depend on it.
     */
    static boolean feedNamed(HeadlinePage page, Set<String> feedNames, int i) {
        String line = page.lines().get(i);
        return FeedSiteNames.isFeedLine(line) || line.length() < 200 && feedNames.contains(HeadlineText.normalise(line));
    }

    /** The site names a text dump's feed links give; none for a page with a metadata title (saved HTML). */
    static Set<String> feedNames(HeadlinePage page) {
        return page.titleFromMetadata() ? Set.of() : FeedSiteNames.of(page.lines());
    }

    public record Scored(int index, double score) {
    }
}
