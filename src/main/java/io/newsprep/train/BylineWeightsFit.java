package io.newsprep.train;

import io.newsprep.clean.BylinePages;
import io.newsprep.clean.Cleaner;
import io.newsprep.eval.MetadataMatch;
import io.newsprep.input.Dump;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
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
 * from each page's structured data: every candidate line near the headline is an example, positive when its names
 * are the gold authors; L2-regularised logistic regression (liblinear, deterministic) gives the weights, and the
 * acceptance threshold is the score above which the chosen bylines earn most on the training pages, a wrong byline
 * costing {@link #WRONG_COST} right ones. Held-out figures come from folds by site (the URL's host).
 */
public final class BylineWeightsFit extends TalliedWeightsFit<BylineWeightsFit.Example> {

    static final double WRONG_COST = 3;
    private static final double COST = 1.0;
    private static final double EPS = 1e-4;
    /** The features, in the order of the weights file. */
    static final List<String> FEATURES = List.of("cue", "bare-name", "with-date", "per-line-away", "above-headline",
            "inside-body", "below-body", "affiliation", "far", "menu-run", "name-elsewhere", "given-name", "far-alone");

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

    /** The held-out pages whose authors were missed or wrong, with their candidates and scores. */
    @Override
    void misses(List<Example> test, Map<String, Double> weights) {
        for (Example x : test) {
            List<String> got = pages.choose(x.page(), weights);
            if (x.shown().isEmpty() || !got.isEmpty() && MetadataMatch.authorsRight(x.gold(), x.shown(), got)) {
                continue;
            }
            out.accept("    " + (got.isEmpty() ? "null  " : "wrong ") + x.id() + " shown " + x.shown() + " got " + got);
            for (BylinePages.Candidate c : pages.candidates(x.page())) {
                out.accept(String.format(Locale.ROOT, "        line %d %s %.2f %s", c.line(), c.names(),
                        score(c.features(), weights), c.features().keySet()));
            }
        }
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

    @Override
    Map<String, Double> weights(List<Example> examples) {
        List<Feature[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Example x : examples) {
            for (BylinePages.Candidate c : pages.candidates(x.page())) {
                xs.add(encode(c.features()));
                ys.add(MetadataMatch.authorsRight(x.gold(), x.shown().isEmpty() ? x.gold() : x.shown(), c.names()) ? 1.0 : 0.0);
            }
        }
        Problem p = new Problem();
        p.l = xs.size();
        p.n = FEATURES.size();
        p.bias = -1;
        p.x = xs.toArray(new Feature[0][]);
        p.y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(p, new Parameter(SolverType.L2R_LR, COST, EPS));
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> w = new LinkedHashMap<>();
        for (int f = 0; f < FEATURES.size(); f++) {
            w.put(FEATURES.get(f), round(sign * model.getFeatureWeights()[f]));
        }
        w.put("accept", threshold(examples, w));
        return w;
    }

    /** The acceptance score at which right bylines minus {@link #WRONG_COST} times the wrong ones are most. */
    private double threshold(List<Example> examples, Map<String, Double> w) {
        Map<String, Double> open = new LinkedHashMap<>(w);
        open.put("accept", -1e9);
        List<double[]> best = new ArrayList<>();
        for (Example x : examples) {
            double top = Double.NEGATIVE_INFINITY;
            for (BylinePages.Candidate c : pages.candidates(x.page())) {
                top = Math.max(top, score(c.features(), w));
            }
            if (top == Double.NEGATIVE_INFINITY) {
                continue;
            }
            List<String> got = pages.choose(x.page(), open);
            boolean ok = MetadataMatch.authorsRight(x.gold(), x.shown().isEmpty() ? x.gold() : x.shown(), got);
            best.add(new double[] {top, ok ? 1 : -WRONG_COST});
        }
        double ifNoGain = best.stream().mapToDouble(b -> b[0]).max().orElse(-1) + 1;
        return round(GainThreshold.best(best, ifNoGain, 0.01));
    }

    private static double score(Map<String, Double> features, Map<String, Double> w) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return z;
    }

    private static Feature[] encode(Map<String, Double> features) {
        List<Feature> nodes = new ArrayList<>();
        for (int f = 0; f < FEATURES.size(); f++) {
            Double v = features.get(FEATURES.get(f));
            if (v != null && v != 0) {
                nodes.add(new FeatureNode(f + 1, v));
            }
        }
        return nodes.toArray(new Feature[0]);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    String file(Map<String, Double> w) {
        return WeightsFile.text("""
                # Weights of the byline choice (BylineChooser): each candidate line near the headline gets the sum of the weights of
                # what it shows; the best candidate at or above "accept" gives the authors. Columns: name, weight.
                # Fitted by `newsprep train --bylines FILE SET...` (logistic regression over the candidates of the training pages
                # with gold authors; "accept" is the score above which the chosen bylines earn most, a wrong one costing three).
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
