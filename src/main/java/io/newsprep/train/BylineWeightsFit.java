package io.newsprep.train;

import io.newsprep.clean.BylinePages;
import io.newsprep.clean.Cleaner;
import io.newsprep.eval.MetadataMatch;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.input.TextDumpReader;
import io.newsprep.text.JsonLinesById;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Fits the byline chooser's weights ({@code clean/byline-choice.tsv}) on training sets whose gold gives the authors
 * from each page's structured data: every candidate line near the headline is an example, positive when its names
 * are the gold authors; L2-regularised logistic regression (liblinear, deterministic) gives the weights, and the
 * acceptance threshold is the score above which the chosen bylines earn most on the training pages, a wrong byline
 * costing {@link #WRONG_COST} right ones. Held-out figures come from folds by site (the URL's host).
 */
public final class BylineWeightsFit implements WeightsFit {

    public static final int FOLDS = 5;
    static final double WRONG_COST = 3;
    private static final double COST = 1.0;
    private static final double EPS = 1e-4;
    /** The features, in the order of the weights file. */
    static final List<String> FEATURES = List.of("cue", "bare-name", "with-date", "per-line-away", "above-headline",
            "inside-body", "below-body", "affiliation", "far", "menu-run", "name-elsewhere", "given-name", "far-alone");

    /** One training page: its byline choice, the gold authors and those its dump shows. */
    record Example(String id, String host, BylinePages.Page page, List<String> gold, List<String> shown) {
    }

    /** Right, wrong and null over pages where the dump shows the authors; wrong values elsewhere. */
    record Score(int right, int wrong, int none, int wrongNotShown) {
        int shown() {
            return right + wrong + none;
        }

        String line() {
            return String.format(Locale.ROOT, "right %d wrong %d null %d of %d shown = %.3f; wrong where not shown %d",
                    right, wrong, none, shown(), shown() == 0 ? 0.0 : (double) right / shown(), wrongNotShown);
        }
    }

    private final BylinePages pages = new BylinePages();
    private final Consumer<String> out;

    public BylineWeightsFit(Consumer<String> out) {
        this.out = out;
    }

    /** The pages of the given set folders that have gold authors, cleaned as {@code ingest} cleans them. */
    List<Example> read(List<Path> sets) {
        Cleaner cleaner = Cleaner.withDefaults();
        DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(new TextDumpReader()));
        List<Example> examples = new ArrayList<>();
        for (Path set : sets) {
            Map<String, JsonNode> manifest = Files.exists(set.resolve("manifest.jsonl"))
                    ? JsonLinesById.read(set.resolve("manifest.jsonl")) : Map.of();
            for (Map.Entry<String, JsonNode> e : JsonLinesById.read(set.resolve("gold.jsonl")).entrySet()) {
                List<String> gold = strings(e.getValue().get("authors"));
                if (gold.isEmpty()) {
                    continue;
                }
                JsonNode m = manifest.get(e.getKey());
                List<String> shown = m == null ? gold : strings(m.get("authors_visible"));
                Path file = set.resolve("dumps").resolve(e.getKey() + ".txt");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Dump dump;
                try {
                    dump = loader.load(SourceFile.of(set, file));
                } catch (RejectedDumpException ex) {
                    continue;
                }
                BylinePages.Page page = BylinePages.capture(cleaner, dump);
                if (page != null) {
                    JsonNode url = e.getValue().get("url");
                    examples.add(new Example(e.getKey(), TrainingCorpus.host(url == null || url.isNull() ? null : url.asString()),
                            page, gold, shown));
                }
            }
        }
        long reachable = examples.stream().filter(x -> !x.shown().isEmpty() && pages.candidates(x.page()).stream()
                .anyMatch(c -> MetadataMatch.authorsRight(x.gold(), x.shown(), c.names()))).count();
        out.accept(examples.size() + " pages with gold authors, " + examples.stream().filter(x -> !x.shown().isEmpty()).count()
                + " where the dump shows them, " + reachable + " of which have a candidate line with the right names");
        return examples;
    }

    /** The weights fitted on all the examples, as the text of the weights file. */
    @Override
    public String fit(List<Path> sets) {
        List<Example> examples = read(sets);
        Map<String, Double> weights = weights(examples);
        out.accept("in sample: " + score(examples, weights).line());
        return file(weights);
    }

    /** Held-out figures by site folds: the shipped weights and weights fitted without each fold. */
    @Override
    public void crossValidate(List<Path> sets) {
        List<Example> examples = read(sets);
        Map<String, Double> shipped = BylinePages.shippedWeights();
        int[] before = new int[4];
        int[] after = new int[4];
        for (int f = 0; f < FOLDS; f++) {
            int fold = f;
            Predicate<Example> heldOut = x -> fold(x) == fold;
            List<Example> train = examples.stream().filter(heldOut.negate()).toList();
            List<Example> test = examples.stream().filter(heldOut).toList();
            Score b = score(test, shipped);
            Score a = score(test, weights(train));
            out.accept("fold " + f + " shipped: " + b.line());
            out.accept("fold " + f + " fitted:  " + a.line());
            misses(test, weights(train));
            add(before, b);
            add(after, a);
        }
        out.accept("held out, shipped weights: " + new Score(before[0], before[1], before[2], before[3]).line());
        out.accept("held out, fitted weights:  " + new Score(after[0], after[1], after[2], after[3]).line());
    }

    /** The held-out pages whose authors were missed or wrong, with their candidates and scores. */
    private void misses(List<Example> test, Map<String, Double> weights) {
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

    private static void add(int[] sum, Score s) {
        sum[0] += s.right();
        sum[1] += s.wrong();
        sum[2] += s.none();
        sum[3] += s.wrongNotShown();
    }

    static int fold(Example x) {
        String key = x.host() != null ? x.host() : x.id();
        return Math.floorMod(key.hashCode() * 31 + 7, FOLDS);
    }

    Score score(List<Example> examples, Map<String, Double> weights) {
        int right = 0;
        int wrong = 0;
        int none = 0;
        int wrongNotShown = 0;
        for (Example x : examples) {
            List<String> got = pages.choose(x.page(), weights);
            boolean ok = !got.isEmpty() && MetadataMatch.authorsRight(x.gold(), x.shown().isEmpty() ? x.gold() : x.shown(), got);
            if (x.shown().isEmpty()) {
                wrongNotShown += got.isEmpty() || ok ? 0 : 1;
            } else if (got.isEmpty()) {
                none++;
            } else if (ok) {
                right++;
            } else {
                wrong++;
            }
        }
        return new Score(right, wrong, none, wrongNotShown);
    }

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
        best.sort((a, b) -> Double.compare(b[0], a[0]));
        double gain = 0;
        double bestGain = 0;
        double threshold = best.isEmpty() ? 0 : best.get(0)[0] + 1;
        for (int i = 0; i < best.size(); i++) {
            gain += best.get(i)[1];
            boolean cut = i + 1 == best.size() || best.get(i + 1)[0] < best.get(i)[0];
            if (cut && gain > bestGain) {
                bestGain = gain;
                // halfway to the next score, so that a page scored like the last one accepted is accepted too
                threshold = i + 1 == best.size() ? best.get(i)[0] - 0.01 : (best.get(i)[0] + best.get(i + 1)[0]) / 2;
            }
        }
        return round(threshold);
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

    static String file(Map<String, Double> w) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
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
                """);
        w.forEach((k, v) -> sb.append(k).append('\t').append(String.format(Locale.ROOT, "%.3f", v)).append('\n'));
        return sb.toString();
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> out.add(v.asString()));
        }
        return out;
    }
}
