package io.newsprep.train;

import io.newsprep.clean.Cleaner;
import io.newsprep.clean.ModelEvidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Trains the line model from training set folders, or cross-validates it on them. */
public final class TrainingRun {

    private final List<TrainingPage> pages = new ArrayList<>();
    private final ModelTrainer trainer;
    private final Consumer<String> out;

    /**
     * Reads and labels the sets.
     *
     * @param sets       folders in the layout {@code dumps/<id>.txt}, {@code gold.jsonl}, {@code manifest.jsonl}
     * @param cost       liblinear's C
     * @param switchCost the decoder's cost of a switch between body and other
     * @param threshold  the probability at which a line alone is as likely body as not
     * @param relative   the threshold's cap as a share of the document's highest probability
     */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative,
                       Consumer<String> out) {
        this(sets, cost, switchCost, threshold, relative, 0, out);
    }

    /** @param trees boosted trees added to the second stage (0: none) */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative, int trees,
                       Consumer<String> out) {
        this(sets, cost, switchCost, threshold, relative, trees, ModelTrainer.TREE_DEPTH, ModelTrainer.TREE_SHRINKAGE, 0,
                out);
    }

    /**
     * @param treeDepth       levels of each boosted tree
     * @param treeRate        the share of each tree's leaf values added (shrinkage)
     * @param stopWordDropout the share of pages trained on as if their language had no stop-word list
     */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative, int trees,
                       int treeDepth, double treeRate, double stopWordDropout, Consumer<String> out) {
        this(sets, cost, switchCost, threshold, relative, trees, treeDepth, treeRate, ModelTrainer.TREE_MIN_HESSIAN,
                stopWordDropout, out);
    }

    /**
     * @param treeDepth       levels of each boosted tree
     * @param treeRate        the share of each tree's leaf values added (shrinkage)
     * @param treeMinCurvature the least sum of the loss's curvature on either side of a tree's split
     * @param stopWordDropout the share of pages trained on as if their language had no stop-word list
     */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative, int trees,
                       int treeDepth, double treeRate, double treeMinCurvature, double stopWordDropout,
                       Consumer<String> out) {
        this(sets, cost, switchCost, threshold, relative, trees, treeDepth, treeRate, treeMinCurvature, stopWordDropout,
                null, 0, out);
    }

    /**
     * @param blend       a second set of trees fitted on the same two stages ({@code count depth rate curvature}),
     *                    or null
     * @param blendWeight that set's share of the trees' log-odds in the written model (0: not blended)
     */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative, int trees,
                       int treeDepth, double treeRate, double treeMinCurvature, double stopWordDropout,
                       double[] blend, double blendWeight, Consumer<String> out) {
        this(sets, cost, switchCost, threshold, relative, trees, treeDepth, treeRate, treeMinCurvature, stopWordDropout,
                blend, blendWeight, null, out);
    }

    /**
     * @param mapped null, or write the {@code blend} trees alone, their log-odds mapped onto the scale of the model
     *               with the other trees by this map of {@link ModelTrainer#MAPS}, fitted on the training lines
     */
    public TrainingRun(List<Path> sets, double cost, double switchCost, double threshold, double relative, int trees,
                       int treeDepth, double treeRate, double treeMinCurvature, double stopWordDropout,
                       double[] blend, double blendWeight, String mapped, Consumer<String> out) {
        this.out = out;
        if (mapped != null && !ModelTrainer.MAPS.contains(mapped)) {
            throw new IllegalArgumentException("a map is one of " + ModelTrainer.MAPS + ", not " + mapped);
        }
        if (mapped != null && (blendWeight > 0 || blend == null || blend.length != 4)) {
            throw new IllegalArgumentException("a mapped model needs the mapped trees' count, depth, rate and curvature, and no blend weight");
        }
        if (blendWeight < 0 || blendWeight > 1 || (blendWeight > 0 && (blend == null || blend.length != 4))) {
            throw new IllegalArgumentException("a blend needs its trees' count, depth, rate and curvature, and a weight in [0, 1]");
        }
        this.trainer = new ModelTrainer(new ModelTrainer.Settings(cost, switchCost, threshold, relative,
                new ModelTrainer.TreeVariant(trees, treeDepth, treeRate, ModelTrainer.TREE_SAMPLE, treeMinCurvature),
                stopWordDropout,
                blendWeight > 0 || mapped != null ? new ModelTrainer.TreeVariant((int) blend[0], (int) blend[1], blend[2],
                        ModelTrainer.TREE_SAMPLE, blend[3]) : null,
                blendWeight, mapped));
        TrainingCorpus corpus = new TrainingCorpus(new ModelEvidence(Cleaner.withoutModel()));
        for (Path set : sets) {
            if (!Files.isRegularFile(set.resolve("gold.jsonl")) || !Files.isDirectory(set.resolve("dumps"))) {
                throw new IllegalArgumentException(set + " is not a training set folder (needs gold.jsonl, manifest.jsonl, dumps/)");
            }
            List<TrainingPage> read = corpus.read(set, out);
            int lines = 0;
            int body = 0;
            for (TrainingPage p : read) {
                lines += p.body().length;
                for (boolean b : p.body()) {
                    body += b ? 1 : 0;
                }
            }
            out.accept(String.format(Locale.ROOT, "%s: %d pages, %d lines, %.1f %% body", set.getFileName(), read.size(),
                    lines, 100.0 * body / Math.max(1, lines)));
            pages.addAll(read);
        }
    }

    public int pages() {
        return pages.size();
    }

    /** The model file's text. */
    public String train() {
        int lines = pages.stream().mapToInt(p -> p.body().length).sum();
        List<String> sets = pages.stream().map(TrainingPage::set).distinct().sorted().toList();
        return trainer.train(pages, "trained on " + String.join("+", sets) + ": " + pages.size() + " pages, " + lines + " lines");
    }

    /** Prints per fold F1 and the worst pages; returns the mean F1 per decoder setting tried. */
    public double[] crossValidate() {
        return new CrossValidation(trainer, out).run(pages);
    }

    /**
     * Cross-validates on the folds whose name contains one of {@code folds} (all when empty), writing each held-out
     * page's decisions to {@code decisions} when it is not null.
     */
    public double[] crossValidate(List<String> folds, Path decisions) {
        java.util.function.Predicate<String> chosen = name -> folds.isEmpty() || folds.stream().anyMatch(name::contains);
        try (HeldOutDecisions writer = decisions == null ? HeldOutDecisions.NONE : HeldOutDecisions.to(decisions)) {
            return new CrossValidation(trainer, out, chosen, writer).run(pages);
        }
    }
}
