package io.newsprep.clean;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Trains the headline model: L2-regularised logistic regression (liblinear) over the candidate lines of the
 * training pages, then the threshold below which the rules' choice stands. Deterministic: the same pages, cost and
 * seed give the same model file, byte for byte. Also measures held-out exact-match of titles.
 *
 * <p>Entry points: {@link #train(List, double, long)} and {@link #main(String[])}:
 * {@code train --corpus DIR --out FILE [--sets dragnet,readability] [--cross-validate]}.
 */
public final class HeadlineTraining {

    public static final int MODEL_VERSION = 1;
    public static final List<String> DEFAULT_SETS = List.of("dragnet", "readability");
    public static final double DEFAULT_COST = 1.0;
    public static final long DEFAULT_SEED = 20261206L;
    private static final double[] THRESHOLDS = {-1000, -4, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10};
    private static final int SITE_FOLDS = 5;

    private HeadlineTraining() {
    }

    /**
     * A model trained on the examples as a ranker: for every page, the gold candidate is set against each other
     * candidate (pairs of difference vectors, both ways round), so that the weights order candidates rather than
     * judge each alone. Pages whose gold headline is no candidate teach nothing and are left out.
     */
    public static HeadlineModel train(List<HeadlineExample> examples, double cost, long seed) {
        return train(examples, cost, seed, Fit.PAIRWISE);
    }

    /** How the weights are fitted: on pairs of candidates (liblinear), or as one softmax per page. */
    public enum Fit {
        PAIRWISE, LISTWISE
    }

    /** A model fitted the given way; {@link Fit#LISTWISE} ignores the seed (the fit has no randomness). */
    public static HeadlineModel train(List<HeadlineExample> examples, double cost, long seed, Fit fit) {
        if (fit == Fit.LISTWISE) {
            double[] w = new HeadlineListwiseFit(examples, HeadlineFeatures.NAMES.size(), cost).fit();
            double[] weights = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                weights[i] = round(w[i]);
            }
            HeadlineModel model = new HeadlineModel(MODEL_VERSION, 0, 0, weights);
            return model.withThreshold(bestThreshold(model, examples));
        }
        List<Feature[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (HeadlineExample e : examples) {
            for (int pos = 0; pos < e.candidates().size(); pos++) {
                if (!e.labels()[pos]) {
                    continue;
                }
                for (int neg = 0; neg < e.candidates().size(); neg++) {
                    if (e.labels()[neg]) {
                        continue;
                    }
                    double[] d = difference(e.features()[pos], e.features()[neg]);
                    xs.add(sparse(d));
                    ys.add(1.0);
                    xs.add(sparse(negate(d)));
                    ys.add(0.0);
                }
            }
        }
        Problem p = new Problem();
        p.l = xs.size();
        p.n = HeadlineFeatures.NAMES.size();
        p.bias = -1;
        p.x = xs.toArray(new Feature[0][]);
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.y[i] = ys.get(i);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Parameter param = new Parameter(SolverType.L2R_LR, cost, 1e-4);
        param.setRandom(new Random(seed));
        Model m = Linear.train(p, param);
        double[] w = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[HeadlineFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = round(sign * w[i]);
        }
        HeadlineModel model = new HeadlineModel(MODEL_VERSION, 0, 0, weights);
        return model.withThreshold(bestThreshold(model, examples));
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    static double[] negate(double[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = -a[i];
        }
        return d;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static Feature[] sparse(double[] x) {
        List<Feature> f = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                f.add(new FeatureNode(i + 1, x[i]));
            }
        }
        return f.toArray(new Feature[0]);
    }

    /** The threshold that gets most saved-HTML training pages right (it only acts on them). */
    private static double bestThreshold(HeadlineModel model, List<HeadlineExample> examples) {
        double best = THRESHOLDS[0];
        double bestScore = -1;
        for (double t : THRESHOLDS) {
            double s = exact(model.withThreshold(t), examples);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = t;
            }
        }
        return best;
    }

    /**
     * Share of examples whose choice gives the gold headline; the same decision as {@link LearnedHeadlineChooser},
     * from the examples' stored features.
     */
    public static double exact(HeadlineModel model, List<HeadlineExample> examples) {
        if (examples.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (HeadlineExample e : examples) {
            int best = -1;
            boolean found = false;
            double bestScore = Double.NEGATIVE_INFINITY;
            HeadlinePage page = e.page();
            Set<String> feedNames = LearnedHeadlineChooser.feedNames(page);
            for (int k = 0; k < e.candidates().size(); k++) {
                int c = e.candidates().get(k);
                if (c >= 0 && !feedNames.isEmpty() && LearnedHeadlineChooser.feedNamed(page, feedNames, c)) {
                    continue; // as the chooser does
                }
                double z = model.score(e.features()[k]);
                if (z > bestScore) {
                    bestScore = z;
                    best = e.candidates().get(k);
                    found = true;
                }
            }
            int chosen = !found ? e.page().ruleTitle()
                    : best == LearnedHeadlineChooser.METADATA_TITLE ? best
                    : e.page().titleFromMetadata() && bestScore < model.threshold() ? -1 : best;
            right += e.rightChoice(chosen) ? 1 : 0;
        }
        return (double) right / examples.size();
    }

    public static double exact(HeadlineChooser chooser, List<HeadlineExample> examples) {
        if (examples.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (HeadlineExample e : examples) {
            right += e.rightChoice(chooser.choose(e.page())) ? 1 : 0;
        }
        return (double) right / examples.size();
    }

    /** Held-out figures: leave one set out, and folds by site within each set; one line per fold and format. */
    public static void crossValidate(List<HeadlineExample> all, double cost, long seed, PrintStream out) {
        crossValidate(all, cost, seed, (Consumer<String>) out::println);
    }

    /** As {@link #crossValidate(List, double, long, PrintStream)}, one report line at a time to {@code out}. */
    public static void crossValidate(List<HeadlineExample> all, double cost, long seed, Consumer<String> out) {
        crossValidate(all, cost, seed, out, null);
    }

    /**
     * As {@link #crossValidate(List, double, long, Consumer)}; {@code errors} (may be null) then gets one line per
     * held-out page of the site folds whose title is not exact, sorted by set, format, kind and id:
     * {@code set format kind id TAB gold TAB got}.
     */
    public static void crossValidate(List<HeadlineExample> all, double cost, long seed, Consumer<String> out,
                                     Consumer<String> errors) {
        crossValidate(all, cost, seed, out, errors, Fit.PAIRWISE);
    }

    /** As {@link #crossValidate(List, double, long, Consumer, Consumer)} with models fitted the given way. */
    public static void crossValidate(List<HeadlineExample> all, double cost, long seed, Consumer<String> out,
                                     Consumer<String> errors, Fit fit) {
        List<String> wrong = new ArrayList<>();
        List<String> sets = all.stream().map(HeadlineExample::set).distinct().sorted().toList();
        if (sets.size() > 1) {
            for (String held : sets) {
                report(out, "leave-set-out " + held, all, e -> e.set().equals(held), cost, seed, null, null, fit);
            }
        }
        for (String set : sets) {
            Map<String, Map<HeadlineOutcome, Integer>> outcomes = new TreeMap<>();
            for (int fold = 0; fold < SITE_FOLDS; fold++) {
                int f = fold;
                Predicate<HeadlineExample> test = e -> e.set().equals(set) && siteFold(e.site()) == f;
                report(out, "site-fold " + set + " " + fold, all, test, cost, seed, outcomes, wrong, fit);
            }
            for (Map.Entry<String, Map<HeadlineOutcome, Integer>> e : outcomes.entrySet()) {
                out.accept(summary("site-folds " + set + " " + e.getKey(), e.getValue()));
            }
        }
        if (errors != null) {
            wrong.stream().sorted().forEach(errors);
        }
    }

    /** One line: pages, the exact, missing and wrong shares, then the wrong ones by kind. */
    static String summary(String label, Map<HeadlineOutcome, Integer> counts) {
        int pages = counts.values().stream().mapToInt(Integer::intValue).sum();
        int wrong = 0;
        StringBuilder kinds = new StringBuilder();
        for (HeadlineOutcome o : HeadlineOutcome.values()) {
            int c = counts.getOrDefault(o, 0);
            if (o.wrong()) {
                wrong += c;
                if (c > 0) {
                    kinds.append(' ').append(o.code().substring("wrong:".length())).append('=').append(c);
                }
            }
        }
        return String.format(Locale.ROOT, "%-36s pages=%4d exact=%.4f missing=%.4f wrong=%.4f  wrong by kind:%s",
                label, pages, share(counts.getOrDefault(HeadlineOutcome.EXACT, 0), pages),
                share(counts.getOrDefault(HeadlineOutcome.MISSING, 0), pages), share(wrong, pages), kinds);
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    static int siteFold(String site) {
        return Math.floorMod(site.hashCode(), SITE_FOLDS);
    }

    private static void report(Consumer<String> out, String label, List<HeadlineExample> all, Predicate<HeadlineExample> test,
                               double cost, long seed, Map<String, Map<HeadlineOutcome, Integer>> outcomes,
                               List<String> wrong, Fit fit) {
        List<HeadlineExample> trainSet = new ArrayList<>();
        List<HeadlineExample> testSet = new ArrayList<>();
        for (HeadlineExample e : all) {
            (test.test(e) ? testSet : trainSet).add(e);
        }
        if (testSet.isEmpty() || trainSet.isEmpty()) {
            return;
        }
        HeadlineModel model = train(trainSet, cost, seed, fit);
        LearnedHeadlineChooser chooser = new LearnedHeadlineChooser(model);
        for (String format : List.of("text", "html")) {
            List<HeadlineExample> part = testSet.stream().filter(e -> e.format().equals(format)).toList();
            if (part.isEmpty()) {
                continue;
            }
            long answerable = part.stream().filter(HeadlineExample::answerable).count();
            out.accept(String.format(Locale.ROOT, "%-32s %-4s pages=%4d model=%.4f rules=%.4f reachable=%.4f threshold=%.1f",
                    label, format, part.size(), exact(model, part), exact(HeadlineChooser.RULES, part),
                    (double) answerable / part.size(), model.threshold()));
            if (outcomes != null) {
                Map<HeadlineOutcome, Integer> counts = outcomes.computeIfAbsent(format, k -> new EnumMap<>(HeadlineOutcome.class));
                for (HeadlineExample e : part) {
                    int chosen = chooser.choose(e.page());
                    HeadlineOutcome o = HeadlineOutcome.of(e.page(), e.gold(), chosen);
                    counts.merge(o, 1, Integer::sum);
                    if (wrong != null && o != HeadlineOutcome.EXACT) {
                        String got = chosen >= 0 ? e.page().headlineText(chosen)
                                : e.page().titleFromMetadata() ? "(metadata) " + e.page().pageTitle() : "(none)";
                        wrong.add(e.set() + " " + format + " " + o.code() + " " + e.id() + "\t" + e.gold() + "\t" + got
                                + "\t" + chosen + "/" + e.page().bodyStart());
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path outFile = null;
        List<String> sets = DEFAULT_SETS;
        boolean cv = false;
        Path cache = null;
        Path evalDir = null;
        Path evalTitles = null;
        int errors = 0;
        Path cvErrors = null;
        double cost = DEFAULT_COST;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--out" -> outFile = Path.of(args[++i]);
                case "--sets" -> sets = List.of(args[++i].split(","));
                case "--cross-validate" -> cv = true;
                case "--cache" -> cache = Path.of(args[++i]);
                case "--eval" -> {
                    evalDir = Path.of(args[++i]);
                    evalTitles = Path.of(args[++i]);
                }
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                case "--cv-errors" -> cvErrors = Path.of(args[++i]);
                case "--cost" -> cost = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("headline training: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (corpus == null || outFile == null && !cv && evalDir == null) {
            System.err.println("usage: --corpus DIR (--out FILE | --cross-validate) [--sets a,b] [--cache FILE.jsonl.gz]");
            System.exit(2);
        }
        List<HeadlineExample> examples;
        if (cache != null && Files.isRegularFile(cache)) {
            examples = HeadlinePageCache.load(cache);
        } else {
            examples = new HeadlineCorpus(corpus).examples(sets, true);
            if (cache != null) {
                HeadlinePageCache.save(examples, cache);
            }
        }
        System.err.printf(Locale.ROOT, "headline training: %d examples%n", examples.size());
        if (cv) {
            List<String> wrong = new ArrayList<>();
            crossValidate(examples, cost, DEFAULT_SEED, System.out::println, cvErrors == null ? null : wrong::add);
            if (cvErrors != null) {
                Files.write(cvErrors, wrong, StandardCharsets.UTF_8);
            }
        }
        if (evalDir != null) {
            HeadlineModel model = train(examples, cost, DEFAULT_SEED);
            List<HeadlineExample> dev = new HeadlineCorpus(corpus).examples(evalDir, evalTitles);
            for (String format : List.of("text", "html")) {
                List<HeadlineExample> part = dev.stream().filter(e -> e.format().equals(format)).toList();
                System.out.printf(Locale.ROOT, "eval %s %s pages=%d model=%.4f rules=%.4f%n", evalDir.getFileName(),
                        format, part.size(), exact(model, part), exact(HeadlineChooser.RULES, part));
                printErrors(model, part, errors, System.out);
            }
        }
        if (outFile != null) {
            HeadlineModel model = train(examples, DEFAULT_COST, DEFAULT_SEED);
            write(model, examples, sets, outFile);
            System.out.printf(Locale.ROOT, "training-set exact: %.4f (rules %.4f)%n", exact(model, examples),
                    exact(HeadlineChooser.RULES, examples));
        }
    }

    /** The first {@code limit} pages whose chosen line is not the gold headline, with where the gold lines are. */
    static void printErrors(HeadlineModel model, List<HeadlineExample> examples, int limit, PrintStream out) {
        LearnedHeadlineChooser chooser = new LearnedHeadlineChooser(model);
        int shown = 0;
        for (HeadlineExample e : examples) {
            if (shown >= limit) {
                return;
            }
            int chosen = chooser.choose(e.page());
            if (e.rightChoice(chosen)) {
                continue;
            }
            shown++;
            List<Integer> gold = new ArrayList<>();
            for (int i = 0; i < e.page().size(); i++) {
                if (e.right(i)) {
                    gold.add(i);
                }
            }
            out.printf(Locale.ROOT, "  %s %s body=%d chosen=%d score=%.3f gold-lines=%s%n    gold: %s%n    got:  %s%n",
                    e.id(), e.format(), e.page().bodyStart(), chosen, chooser.best(e.page()).score(), gold,
                    e.gold(), chosen < 0 ? "(none)" : e.page().lines().get(chosen));
            if (!gold.isEmpty() && Boolean.getBoolean("headline.context")) {
                int from = Math.max(0, Math.min(gold.get(0), chosen < 0 ? gold.get(0) : chosen) - 1);
                int to = Math.min(e.page().size() - 1, Math.max(e.page().bodyStart(), chosen) + 1);
                for (int i = from; i <= to && i < from + 25; i++) {
                    String t = e.page().lines().get(i);
                    out.printf(Locale.ROOT, "      %s%s %4d %-10s %s%n", gold.contains(i) ? "G" : " ", i == chosen ? "C" : " ",
                            i, e.page().ruleKinds().get(i) == null ? "" : e.page().ruleKinds().get(i).code(),
                            t.length() > 110 ? t.substring(0, 110) : t);
                }
            }
        }
    }

    /** Writes the model file with its provenance in comment lines. */
    public static void write(HeadlineModel model, List<HeadlineExample> examples, List<String> sets, Path file)
            throws IOException {
        write(model, examples, sets, file, Fit.PAIRWISE);
    }

    /** As {@link #write(HeadlineModel, List, List, Path)}, naming how the weights were fitted. */
    public static void write(HeadlineModel model, List<HeadlineExample> examples, List<String> sets, Path file, Fit fit)
            throws IOException {
        List<String> comments = List.of(fit == Fit.LISTWISE
                        ? "newsprep headline model: a softmax over each page's candidate lines (listwise ranker)"
                        : "newsprep headline model: logistic regression over candidate lines",
                "trained by io.newsprep.clean.HeadlineTraining on sets " + String.join(",", sets)
                        + " (text dumps and saved HTML), " + examples.size() + " pages, cost " + DEFAULT_COST
                        + ", seed " + DEFAULT_SEED);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, model.write(comments), StandardCharsets.UTF_8);
    }
}
