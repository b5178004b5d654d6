package io.newsprep.clean;

/** Picks a document's headline line. */
@FunctionalInterface
public interface HeadlineChooser {

    /** The index of the headline among the page's lines, or -1 for none. */
    int choose(HeadlinePage page);

    /** The headline rules' own choice. */
    HeadlineChooser RULES = HeadlinePage::ruleTitle;

    /** The learned scorer shipped in the jar, falling back to the rules when it is unsure. */
    static HeadlineChooser learned() {
        return new LearnedHeadlineChooser(HeadlineModel.bundled());
    }
}
