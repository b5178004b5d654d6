package io.newsprep.train;

import io.newsprep.clean.BylinePages;
import io.newsprep.clean.Cleaner;
import io.newsprep.eval.MetadataMatch;
import io.newsprep.input.Dump;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fits the byline chooser's weights ({@code clean/byline-choice.tsv}) on training sets whose gold gives the authors
 * from each page's structured data, as a page-level ranker: on each page a softmax runs over its candidate lines and
 * one more option, no byline, whose score is the weight "accept"; the target is the candidate with the gold authors,
 * or no byline on a page without one. The chooser then takes the best candidate when it scores at least "accept".
 * Ranking candidates against the other candidates of their own page, not against every line of every page, keeps
 * the many menu names and phrases of old pages from teaching that a bare name is never a byline. Fitted by gradient
 * descent from zero with an L2 penalty (deterministic). Held-out figures come from folds by site (the URL's host).
 */
public final class BylineWeightsFit extends TalliedWeightsFit<BylineWeightsFit.Example> {

    /** The L2 penalty, the step and the number of steps of the descent. */
    private static final double L2 = 0.01;
    private static final double RATE = 0.5;
    private static final int STEPS = 2000;
    /** The features, in the order of the weights file. */
    static final List<String> FEATURES = List.of("cue", "bare-name", "with-date", "per-line-away", "above-headline",
            "inside-body", "below-body", "affiliation", "far", "menu-run", "name-elsewhere", "given-name", "far-alone",
            "follow");

    /** One training page: its byline choice, the gold authors and those its dump shows. */
    record Example(String id, String host, BylinePages.Page page, List<String> gold, List<String> shown) {
    }

    private final BylinePages pages = new BylinePages();

    public BylineWeightsFit(Consumer<String> out) {
        super(out, BylinePages::shippedWeights, "held out, shipped weights: ", "held out, fitted weights:  ");
    }

    /** The pages of the given set folders that have gold authors, cleaned as {@code ingest} cleans them. */
    @Override
    List<Example> read(List<Path> sets) {
        Cleaner cleaner = Cleaner.withDefaults();
        List<Example> examples = new ArrayList<>();
        new TrainingSetPages().forEach(sets, p -> {
            List<String> gold = strings(p.gold().get("authors"));
            if (gold.isEmpty()) {
                return;
            }
            List<String> shown = p.manifest() == null ? gold : strings(p.manifest().get("authors_visible"));
            Dump dump = p.dump();
            if (dump == null) {
                return;
            }
            BylinePages.Page page = BylinePages.capture(cleaner, dump);
            if (page != null) {
                examples.add(new Example(p.id(), p.host(), page, gold, shown));
            }
        });
        long reachable = examples.stream().filter(x -> !x.shown().isEmpty() && pages.candidates(x.page()).stream()
                .anyMatch(c -> MetadataMatch.authorsRight(x.gold(), x.shown(), c.names()))).count();
        out.accept(examples.size() + " pages with gold authors, " + examples.stream().filter(x -> !x.shown().isEmpty()).count()
                + " where the dump shows them, " + reachable + " of which have a candidate line with the right names");
        return examples;
    }

    /** Right, wrong and null over pages where the dump shows the authors; wrong values elsewhere. */
    @Override
    String line(ChoiceTally t) {
        return String.format(Locale.ROOT, "right %d wrong %d null %d of %d shown = %.3f; wrong where not shown %d",
                t.right(), t.wrong(), t.none(), t.shown(), t.rightShare(), t.wrongNotShown());
    }

    /**
     * The held-out pages whose authors the fitted or the shipped weights missed or got wrong, with their candidates
     * and both scores (fitted, then shipped).
     */
    @Override
    void misses(List<Example> test, Map<String, Double> weights) {
        Map<String, Double> shipped = BylinePages.shippedWeights();
        for (Example x : test) {
            if (x.shown().isEmpty()) {
                continue;
            }
            List<String> got = pages.choose(x.page(), weights);
            List<String> gotShipped = pages.choose(x.page(), shipped);
            String fitted = outcome(x, got);
            String before = outcome(x, gotShipped);
            if (fitted.equals("right") && before.equals("right")) {
                continue;
            }
            out.accept(String.format(Locale.ROOT, "    fitted %-5s shipped %-5s %s shown %s got %s / %s", fitted, before,
                    x.id(), x.shown(), got, gotShipped));
            for (BylinePages.Candidate c : pages.candidates(x.page())) {
                out.accept(String.format(Locale.ROOT, "        line %d %s %.2f %.2f %s", c.line(), c.names(),
                        score(c.features(), weights), score(c.features(), shipped), c.features().keySet()));
            }
        }
    }

    private static String outcome(Example x, List<String> got) {
        return got.isEmpty() ? "null" : MetadataMatch.authorsRight(x.gold(), x.shown(), got) ? "right" : "wrong";
    }

    @Override
    int fold(Example x) {
        return SiteFolds.byHashCode(x.host(), x.id());
    }

    @Override
    ChoiceTally score(List<Example> examples, Map<String, Double> weights) {
        ChoiceTally t = ChoiceTally.EMPTY;
        for (Example x : examples) {
            List<String> got = pages.choose(x.page(), weights);
            boolean ok = !got.isEmpty() && MetadataMatch.authorsRight(x.gold(), x.shown().isEmpty() ? x.gold() : x.shown(), got);
            t = t.plus(!x.shown().isEmpty(), !got.isEmpty(), ok);
        }
        return t;
    }

    /**
     * Weights of a page-level ranker: per page, a softmax over its candidates and one more option, no byline, whose
     * score is the fitted "accept"; the target is the right candidate, or no byline on a page without one. Fitted by
     * gradient descent from zero with an L2 penalty (deterministic).
     */
    @Override
    Map<String, Double> weights(List<Example> examples) {
        int d = FEATURES.size();
        List<double[][]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (Example x : examples) {
            List<BylinePages.Candidate> cs = pages.candidates(x.page());
            double[][] m = new double[cs.size()][d];
            boolean[] y = new boolean[cs.size()];
            for (int i = 0; i < cs.size(); i++) {
                for (int f = 0; f < d; f++) {
                    m[i][f] = cs.get(i).features().getOrDefault(FEATURES.get(f), 0.0);
                }
                y[i] = MetadataMatch.authorsRight(x.gold(), x.shown().isEmpty() ? x.gold() : x.shown(), cs.get(i).names());
            }
            if (cs.size() > 0) {
                xs.add(m);
                ys.add(y);
            }
        }
        double[] w = new double[d + 1];
        for (int step = 0; step < STEPS; step++) {
            double[] g = new double[d + 1];
            for (int p = 0; p < xs.size(); p++) {
                double[][] m = xs.get(p);
                boolean[] y = ys.get(p);
                double[] z = new double[m.length + 1];
                double max = w[d];
                z[m.length] = w[d];
                for (int i = 0; i < m.length; i++) {
                    for (int f = 0; f < d; f++) {
                        z[i] += w[f] * m[i][f];
                    }
                    max = Math.max(max, z[i]);
                }
                double sum = 0;
                double target = 0;
                boolean any = false;
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.exp(z[i] - max);
                    sum += z[i];
                }
                for (int i = 0; i < m.length; i++) {
                    any |= y[i];
                }
                for (int i = 0; i <= m.length; i++) {
                    boolean right = i < m.length ? y[i] : !any;
                    if (right) {
                        target += z[i];
                    }
                }
                for (int i = 0; i <= m.length; i++) {
                    boolean right = i < m.length ? y[i] : !any;
                    double coef = z[i] / sum - (right ? z[i] / target : 0);
                    if (i < m.length) {
                        for (int f = 0; f < d; f++) {
                            g[f] += coef * m[i][f];
                        }
                    } else {
                        g[d] += coef;
                    }
                }
            }
            for (int f = 0; f <= d; f++) {
                w[f] -= RATE * (g[f] / xs.size() + 2 * L2 * w[f]);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int f = 0; f < d; f++) {
            out.put(FEATURES.get(f), round(w[f]));
        }
        out.put("accept", round(w[d]));
        return out;
    }

    private static double score(Map<String, Double> features, Map<String, Double> w) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return z;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    String file(Map<String, Double> w) {
        return WeightsFile.text("""
                # Weights of the byline choice (BylineChooser): each candidate line near the headline gets the sum of the weights of
                # what it shows; the best candidate at or above "accept" gives the authors. Columns: name, weight.
                # Fitted by `newsprep train --bylines FILE SET...`: a page-level ranker, a softmax over each training page's
                # candidates and one more option, no byline, whose score is "accept" (L2-penalised, gradient descent from zero).
                # cue: the line has a byline cue (an opener such as "By", "von", "par", "przez", "بقلم", a role such as
                #   "Correspondent", "기자", or an e-mail address; clean/bylines.tsv) and its names parse
                # bare-name: a line that is only a person's name (no cue)
                # with-date: the line also carries a date, or a date line is next to it
                # per-line-away: for each line between the candidate and the headline (or the first body line without a headline)
                # above-headline: the candidate lies above the headline
                # inside-body: the candidate lies more than two lines inside the article's main block
                # below-body: the candidate lies just below the last kept line (a byline closing the article); its distance counts
                #   from that line
                # affiliation: a bare name followed by a comma and an outlet or a role ("VICTOR TANGERMANN, FUTURISM")
                # far: a line with a byline cue far from the headline and the body's edges (an author box, "Posted by" at the
                #   end of a blog post); no distance counts for it
                # menu-run: a bare name among three or more short lines in a row (a menu, a list of names)
                # name-elsewhere: the names stand on another line of the page in other words (an author box, "Jo Roe is
                #   ..."), or the surname in an e-mail address next to the line
                # given-name: a bare name whose first name is a known given name (clean/given-names.txt)
                # far-alone: a far candidate on a page with no candidate near its headline
                # follow: a bare name over its author box's follow button ("Jo Roe" over "Follow", "Jo Roe Become a fan")
                """, w, "%.3f");
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> out.add(v.asString()));
        }
        return out;
    }
}
