package io.newsprep.clean;

import io.newsprep.input.Dump;

import java.util.List;
import java.util.Map;

/**
 * The byline choices of training pages, for fitting the byline chooser's weights: each page goes through the real
 * cleaner, and what the chooser read is kept, so that candidates can be scored afresh with other weights.
 */
public final class BylinePages {

    /** What the byline choice of one cleaned document read. */
    public static final class Page {
        private final BylineChooser.Page page;

        Page(BylineChooser.Page page) {
            this.page = page;
        }
    }

    /** A candidate line: the person names it gives and the features its score adds up (names as in the weights file). */
    public record Candidate(int line, List<String> names, Map<String, Double> features) {
    }

    private final BylineParser parser = BylineParser.fromResources();
    private final AuthorNames persons = AuthorNames.fromResources();
    private final BylineChooser shipped = new BylineChooser(parser, persons, BylineChooser.readWeights(WEIGHTS));

    /** The weights file the cleaner reads. */
    public static final String WEIGHTS = "/clean/byline-choice.tsv";

    /** Cleans the dump; null when the cleaner made no byline choice (no headline and no paragraph). */
    public static Page capture(Cleaner cleaner, Dump dump) {
        Page[] seen = new Page[1];
        cleaner.clean(dump, null, RecurringLines.NONE, new CleaningListener() {
            @Override
            public void bylinePage(String documentKey, Page page) {
                seen[0] = page;
            }
        });
        return seen[0];
    }

    public List<Candidate> candidates(Page page) {
        return shipped.candidates(page.page).stream()
                .map(c -> new Candidate(c.line(), c.names(), c.features())).toList();
    }

    /** The authors the chooser gives with these weights. */
    public List<String> choose(Page page, Map<String, Double> weights) {
        return new BylineChooser(parser, persons, weights).choose(page.page);
    }

    /** The weights the cleaner uses now. */
    public static Map<String, Double> shippedWeights() {
        return BylineChooser.readWeights(WEIGHTS);
    }
}
