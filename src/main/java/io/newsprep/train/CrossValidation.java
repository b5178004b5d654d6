package io.newsprep.train;

import io.newsprep.eval.BodyEvaluator;
import io.newsprep.eval.DocumentScore;
import io.newsprep.eval.EvaluationResult;
import io.newsprep.model.BoostedTrees;
import io.newsprep.model.LineInput;
import io.newsprep.model.LineModel;
import io.newsprep.model.SequenceDecoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Body F1 of models trained without the pages they are scored on: leave one set out, and within the largest set
 * leave one group of hosts out. Each fold is scored with the benchmark's metric against the gold in the
 * evaluation's convention, for a few decoder settings, next to the labels' own score (the ceiling of line
 * decisions) and the hand-made classifier's (its main block of good lines).
 */
final class CrossValidation {

    static final int HOST_GROUPS = 4;
    private static final String BY_HOST_SET = "dragnet";
    private static final int WORST = 5;

    /** Decoder settings tried on every fold: switch cost, threshold, relative cap. */
    static final double[][] DECODERS = {{0, 0.5, 1}, {0, 0.5, 0.6}, {0, 0.4, 0.6}, {0, 0.5, 0.4}, {0.5, 0.5, 0.6},
            {1, 0.5, 0.6}, {2, 0.5, 0.4}};

    /**
     * Other boosted trees fitted on every fold model's own two stages, and the tree counts at which each is
     * scored (a boosted model's first trees are a model too): deeper trees that learn more slowly.
     */
    static final List<ModelTrainer.TreeVariant> TREE_VARIANTS = List.of(
            new ModelTrainer.TreeVariant(160, 5, 0.1, 0.3, 20));
    static final int[][] TREE_COUNTS = {{160}};

    /**
     * Blends of the fold model's own trees with the first variant's (all its trees): the variant's share of the
     * trees' log-odds. 0 is the fold model, 1 the variant alone.
     */
    static final double[] BLEND_WEIGHTS = {};

    /**
     * Whether the held-out pages are also read without their stop-word list (column "read without stop words";
     * measured in docs/cleaning.md, and off since, as it reads every page's features a second time).
     */
    static final boolean READ_WITHOUT_STOP_WORDS = false;

    private final ModelTrainer trainer;
    private final Consumer<String> out;
    private final Predicate<String> chosenFolds;
    private final HeldOutDecisions decisions;

    CrossValidation(ModelTrainer trainer, Consumer<String> out) {
        this(trainer, out, name -> true, HeldOutDecisions.NONE);
    }

    /**
     * @param chosenFolds which folds to run, by name ("set dragnet", "dragnet hosts 1/4")
     * @param decisions   where each held-out page's lines, labels and decisions go, for error analysis
     */
    CrossValidation(ModelTrainer trainer, Consumer<String> out, Predicate<String> chosenFolds,
                    HeldOutDecisions decisions) {
        this.trainer = trainer;
        this.out = out;
        this.chosenFolds = chosenFolds;
        this.decisions = decisions;
    }

    record Fold(String name, Predicate<TrainingPage> heldOut) {
    }

    List<Fold> folds(List<TrainingPage> pages) {
        List<Fold> folds = new ArrayList<>();
        pages.stream().map(TrainingPage::set).distinct().sorted().forEach(set ->
                folds.add(new Fold("set " + set, p -> p.set().equals(set))));
        for (int g = 0; g < HOST_GROUPS; g++) {
            int group = g;
            folds.add(new Fold(BY_HOST_SET + " hosts " + g + "/" + HOST_GROUPS,
                    p -> p.set().equals(BY_HOST_SET) && hostGroup(p) == group));
        }
        return folds;
    }

    static int hostGroup(TrainingPage p) {
        String key = p.host() != null ? p.host() : p.id();
        return Math.floorMod(key.hashCode() * 31 + 7, HOST_GROUPS);
    }

    private static String label(double[] decoder) {
        return String.format(Locale.ROOT, "s%.1f/t%.1f/r%.1f", decoder[0], decoder[1], decoder[2]);
    }

    /** The pages whose F1 a pass (lists as units, comment threads) changes most, either way. */
    private static List<String> changes(String pass, String what, EvaluationResult before, EvaluationResult after) {
        Map<String, Double> was = new HashMap<>();
        before.documents().forEach(d -> was.put(d.id(), d.f1()));
        List<String> out = new ArrayList<>();
        after.documents().stream()
                .filter(d -> Math.abs(d.f1() - was.getOrDefault(d.id(), 0.0)) > 1e-9)
                .sorted(java.util.Comparator.comparingDouble(d -> -Math.abs(d.f1() - was.getOrDefault(d.id(), 0.0))))
                .limit(WORST)
                .forEach(d -> out.add(String.format(Locale.ROOT, "    %s %-28s f1 %.3f -> %.3f", pass, d.id(),
                        was.getOrDefault(d.id(), 0.0), d.f1())));
        long better = after.documents().stream().filter(d -> d.f1() > was.getOrDefault(d.id(), 0.0) + 1e-9).count();
        long worse = after.documents().stream().filter(d -> d.f1() < was.getOrDefault(d.id(), 0.0) - 1e-9).count();
        out.add(0, String.format(Locale.ROOT, "    %s: %d pages better, %d worse", what, better, worse));
        return out;
    }

    /** Runs every fold; returns per decoder setting the mean F1 over the folds. */
    double[] run(List<TrainingPage> pages) {
        double[] sums = new double[DECODERS.length];
        double handMadeSum = 0;
        double agreedSum = 0;
        double listedSum = 0;
        double commentsSum = 0;
        double stoplessSum = 0;
        double[] blendSums = new double[BLEND_WEIGHTS.length];
        double[] mappedSums = new double[ModelTrainer.MAPS.size()];
        double[][] variantSums = new double[TREE_VARIANTS.size()][];
        for (int v = 0; v < variantSums.length; v++) {
            variantSums[v] = new double[TREE_COUNTS[v].length];
        }
        List<Fold> folds = folds(pages).stream().filter(f -> chosenFolds.test(f.name())).toList();
        for (Fold fold : folds) {
            List<TrainingPage> train = new ArrayList<>();
            List<TrainingPage> test = new ArrayList<>();
            for (TrainingPage p : pages) {
                (fold.heldOut().test(p) ? test : train).add(p);
            }
            long start = System.nanoTime();
            ModelTrainer.WithVariants fitted = trainer.model(train, TREE_VARIANTS);
            LineModel model = fitted.model();
            List<List<Map<String, String>>> variantKept = new ArrayList<>();
            List<Map<String, String>> blendKept = new ArrayList<>();
            List<Map<String, String>> mappedKept = new ArrayList<>();
            LogOddsMap[] maps = fitted.maps().get(0);
            for (int m = 0; m < maps.length; m++) {
                mappedKept.add(new HashMap<>());
            }
            List<io.newsprep.model.BoostedTrees> blends = new ArrayList<>();
            for (double w : BLEND_WEIGHTS) {
                blends.add(model.trees().blend(fitted.variants().get(0), w));
                blendKept.add(new HashMap<>());
            }
            Map<String, String> gold = new LinkedHashMap<>();
            Map<String, String> labels = new HashMap<>();
            Map<String, String> rules = new HashMap<>();
            Map<String, double[]> probabilities = new HashMap<>();
            Map<String, double[]> linear = new HashMap<>();
            LineModel linearModel = model.withoutTrees();
            for (TrainingPage p : test) {
                gold.put(p.id(), p.gold());
                labels.put(p.id(), PageDecisions.text(p.input(), p.body()));
                rules.put(p.id(), PageDecisions.text(p.input(), PageDecisions.withFallback(p.input(), new boolean[p.body().length])));
                LineModel.Scored scored = model.score(p.input());
                probabilities.put(p.id(), scored.probabilities());
                float[][] context = scored.context();
                double[] linearScore = model.second().scores(context);
                for (int v = 0; v < TREE_VARIANTS.size(); v++) {
                    if (variantKept.size() <= v) {
                        variantKept.add(new ArrayList<>());
                    }
                    for (int c = 0; c < TREE_COUNTS[v].length; c++) {
                        if (variantKept.get(v).size() <= c) {
                            variantKept.get(v).add(new HashMap<>());
                        }
                        var trees = fitted.variants().get(v).first(TREE_COUNTS[v][c]);
                        double[] pv = new double[context.length];
                        for (int i = 0; i < pv.length; i++) {
                            pv[i] = io.newsprep.model.BinnedLinearStage.sigmoid(linearScore[i] + trees.score(context[i]));
                        }
                        variantKept.get(v).get(c).put(p.id(),
                                PageDecisions.text(p.input(), PageDecisions.withoutComments(model, p.input(), pv)));
                    }
                }
                BoostedTrees deep = fitted.variants().get(0);
                double[] zDeep = new double[context.length];
                for (int i = 0; i < zDeep.length; i++) {
                    zDeep[i] = linearScore[i] + deep.score(context[i]);
                }
                for (int m = 0; m < maps.length; m++) {
                    double[] pm = new double[context.length];
                    for (int i = 0; i < pm.length; i++) {
                        pm[i] = io.newsprep.model.BinnedLinearStage.sigmoid(maps[m].apply(zDeep[i]));
                    }
                    mappedKept.get(m).put(p.id(),
                            PageDecisions.text(p.input(), PageDecisions.withoutComments(model, p.input(), pm)));
                }
                for (int b = 0; b < blends.size(); b++) {
                    double[] pb = new double[context.length];
                    for (int i = 0; i < pb.length; i++) {
                        pb[i] = io.newsprep.model.BinnedLinearStage.sigmoid(linearScore[i] + blends.get(b).score(context[i]));
                    }
                    blendKept.get(b).put(p.id(),
                            PageDecisions.text(p.input(), PageDecisions.withoutComments(model, p.input(), pb)));
                }
                if (model.trees().count() > 0) {
                    linear.put(p.id(), linearModel.probabilities(p.input()));
                }
            }
            BodyEvaluator evaluator = new BodyEvaluator();
            double ceiling = evaluator.evaluate(gold, labels).f1();
            double byRules = evaluator.evaluate(gold, rules).f1();
            handMadeSum += byRules;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-22s train %5d test %4d  labels %.4f  hand-made %.4f ", fold.name(), train.size(), test.size(),
                    ceiling, byRules));
            EvaluationResult chosen = null;
            for (int d = 0; d < DECODERS.length; d++) {
                SequenceDecoder decoder = new SequenceDecoder(DECODERS[d][0], DECODERS[d][1], DECODERS[d][2]);
                Map<String, String> predicted = new HashMap<>();
                for (TrainingPage p : test) {
                    boolean[] ruled = PageDecisions.ruled(p.input());
                    predicted.put(p.id(), PageDecisions.text(p.input(),
                            PageDecisions.withFallback(p.input(), decoder.decode(probabilities.get(p.id()), ruled))));
                }
                EvaluationResult r = evaluator.evaluate(gold, predicted);
                sums[d] += r.f1();
                line.append(String.format(Locale.ROOT, " %s %.4f", label(DECODERS[d]), r.f1()));
                if (DECODERS[d][0] == model.decoder().switchCost() && DECODERS[d][1] == model.decoder().threshold()
                        && DECODERS[d][2] == model.decoder().relative()) {
                    chosen = r;
                }
            }
            Map<String, String> agreed = new HashMap<>();
            Map<String, String> listed = new HashMap<>();
            Map<String, String> withoutComments = new HashMap<>();
            Map<String, String> stopless = new HashMap<>();
            for (TrainingPage p : test) {
                if (READ_WITHOUT_STOP_WORDS) {
                    LineInput bare = p.input().withoutStopList();
                    stopless.put(p.id(), PageDecisions.text(bare, PageDecisions.withoutComments(model, bare)));
                }
                double[] pp = probabilities.get(p.id());
                withoutComments.put(p.id(), PageDecisions.text(p.input(), PageDecisions.withoutComments(model, p.input(), pp)));
                boolean[] agreedLines = PageDecisions.agreed(model, p.input(), pp);
                boolean[] keptLines = PageDecisions.kept(model, p.input(), pp);
                agreed.put(p.id(), PageDecisions.text(p.input(), agreedLines));
                listed.put(p.id(), PageDecisions.text(p.input(), keptLines));
                decisions.write(fold.name(), p, probabilities.get(p.id()), agreedLines, keptLines);
            }
            double withAgreement = evaluator.evaluate(gold, agreed).f1();
            agreedSum += withAgreement;
            line.append(String.format(Locale.ROOT, "  with classifier agreement %.4f", withAgreement));
            EvaluationResult withLists = evaluator.evaluate(gold, listed);
            listedSum += withLists.f1();
            line.append(String.format(Locale.ROOT, "  and lists as units %.4f", withLists.f1()));
            List<String> mapChanges = new ArrayList<>();
            List<String> listChanges = changes("lists", "lists as units", evaluator.evaluate(gold, agreed), withLists);
            EvaluationResult lessComments = evaluator.evaluate(gold, withoutComments);
            commentsSum += lessComments.f1();
            line.append(String.format(Locale.ROOT, "  and without comment threads %.4f", lessComments.f1()));
            if (!linear.isEmpty()) {
                Map<String, String> predicted = new HashMap<>();
                for (TrainingPage p : test) {
                    predicted.put(p.id(), PageDecisions.text(p.input(), PageDecisions.withFallback(p.input(),
                            model.decoder().decode(linear.get(p.id()), PageDecisions.ruled(p.input())))));
                }
                line.append(String.format(Locale.ROOT, "  without trees %.4f", evaluator.evaluate(gold, predicted).f1()));
            }
            if (READ_WITHOUT_STOP_WORDS) {
                double bareF1 = evaluator.evaluate(gold, stopless).f1();
                stoplessSum += bareF1;
                line.append(String.format(Locale.ROOT, "  read without stop words %.4f", bareF1));
            }
            for (int v = 0; v < TREE_VARIANTS.size(); v++) {
                ModelTrainer.TreeVariant tv = TREE_VARIANTS.get(v);
                line.append(String.format(Locale.ROOT, "  trees depth %d rate %.2f:", tv.depth(), tv.shrinkage()));
                for (int c = 0; c < TREE_COUNTS[v].length; c++) {
                    double f1 = evaluator.evaluate(gold, variantKept.get(v).get(c)).f1();
                    variantSums[v][c] += f1;
                    line.append(String.format(Locale.ROOT, " %d %.4f", TREE_COUNTS[v][c], f1));
                }
            }
            line.append("  first variant mapped onto the model's log-odds:");
            EvaluationResult deepResult = evaluator.evaluate(gold, variantKept.get(0).get(TREE_COUNTS[0].length - 1));
            for (int m = 0; m < maps.length; m++) {
                EvaluationResult r = evaluator.evaluate(gold, mappedKept.get(m));
                mappedSums[m] += r.f1();
                line.append(String.format(Locale.ROOT, " %s (%.3f z %+.3f) %.4f", ModelTrainer.MAPS.get(m),
                        maps[m].a(), maps[m].b(), r.f1()));
                mapChanges.addAll(changes("mapped", ModelTrainer.MAPS.get(m) + " against the variant unmapped",
                        deepResult, r));
            }
            line.append("  blend with the first variant:");
            for (int b = 0; b < BLEND_WEIGHTS.length; b++) {
                double f1 = evaluator.evaluate(gold, blendKept.get(b)).f1();
                blendSums[b] += f1;
                line.append(String.format(Locale.ROOT, " w%.2f %.4f", BLEND_WEIGHTS[b], f1));
            }
            line.append(String.format(Locale.ROOT, "  (%.0f s)", (System.nanoTime() - start) / 1e9));
            out.accept(line.toString());
            listChanges.forEach(out);
            changes("comments", "without comment threads", withLists, lessComments).forEach(out);
            mapChanges.forEach(out);
            if (chosen != null) {
                for (DocumentScore s : chosen.worst(WORST)) {
                    out.accept(String.format(Locale.ROOT, "    worst %-28s f1 %.3f p %s r %s", s.id(), s.f1(),
                            s.precision() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.precision()),
                            s.recall() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.recall())));
                }
            }
        }
        StringBuilder mean = new StringBuilder("mean over " + folds.size() + " folds:");
        for (int d = 0; d < DECODERS.length; d++) {
            sums[d] /= folds.size();
            mean.append(String.format(Locale.ROOT, " %s %.4f", label(DECODERS[d]), sums[d]));
        }
        mean.append(String.format(Locale.ROOT, "  with classifier agreement %.4f  and lists as units %.4f  hand-made %.4f",
                agreedSum / folds.size(), listedSum / folds.size(), handMadeSum / folds.size()));
        mean.append(String.format(Locale.ROOT, "  and without comment threads %.4f", commentsSum / folds.size()));
        if (READ_WITHOUT_STOP_WORDS) {
            mean.append(String.format(Locale.ROOT, "  read without stop words %.4f", stoplessSum / folds.size()));
        }
        for (int v = 0; v < TREE_VARIANTS.size(); v++) {
            ModelTrainer.TreeVariant tv = TREE_VARIANTS.get(v);
            mean.append(String.format(Locale.ROOT, "  trees depth %d rate %.2f:", tv.depth(), tv.shrinkage()));
            for (int c = 0; c < TREE_COUNTS[v].length; c++) {
                mean.append(String.format(Locale.ROOT, " %d %.4f", TREE_COUNTS[v][c], variantSums[v][c] / folds.size()));
            }
        }
        mean.append("  first variant mapped onto the model's log-odds:");
        for (int m = 0; m < mappedSums.length; m++) {
            mean.append(String.format(Locale.ROOT, " %s %.4f", ModelTrainer.MAPS.get(m), mappedSums[m] / folds.size()));
        }
        mean.append("  blend with the first variant:");
        for (int b = 0; b < BLEND_WEIGHTS.length; b++) {
            mean.append(String.format(Locale.ROOT, " w%.2f %.4f", BLEND_WEIGHTS[b], blendSums[b] / folds.size()));
        }
        out.accept(mean.toString());
        return sums;
    }
}
