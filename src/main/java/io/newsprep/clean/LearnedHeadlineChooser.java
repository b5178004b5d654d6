package io.newsprep.clean;

/**
 * Scores every candidate line with the headline model and takes the best. On a page with a metadata title (saved
 * HTML) a best line scoring below the model's threshold is not taken: -1 then lets the metadata title stand. A page
 * without candidates keeps the rules' choice.
 */
public final class LearnedHeadlineChooser implements HeadlineChooser {

    private final HeadlineModel model;

    public LearnedHeadlineChooser(HeadlineModel model) {
        this.model = model;
    }

    @Override
    public int choose(HeadlinePage page) {
        Scored best = best(page);
        if (best.index < 0) {
            return page.ruleTitle();
        }
        return page.titleFromMetadata() && best.score < model.threshold() ? -1 : best.index;
    }

    /** The best candidate and its score; index -1 when there is no candidate. */
    public Scored best(HeadlinePage page) {
        HeadlineFeatures features = new HeadlineFeatures(page);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : features.candidates()) {
            double z = model.score(features.of(i));
            if (z > bestScore) {
                bestScore = z;
                best = i;
            }
        }
        return new Scored(best, bestScore);
    }

    public record Scored(int index, double score) {
    }
}
