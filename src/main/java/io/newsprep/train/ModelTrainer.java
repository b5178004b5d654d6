package io.newsprep.train;

import io.newsprep.model.BinnedLinearStage;
import io.newsprep.model.BoostedTrees;
import io.newsprep.model.ContextFeatures;
import io.newsprep.model.LineFeatureVectors;
import io.newsprep.model.LineModel;
import io.newsprep.model.ModelFile;
import io.newsprep.model.SequenceDecoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the two-stage line model. The first stage learns from each line's own and surrounding shape; the second
 * reads, besides those features, the first stage's probabilities of the neighbouring lines. So that the second
 * stage learns from probabilities like those it will see on new sites, they are out of fold: the pages are split
 * by host into folds, and each fold's probabilities come from a first stage trained without it.
 */
final class ModelTrainer {

    static final int FOLDS = 4;

    /** @param cost            liblinear's C (inverse regularisation strength)
     *  @param switchCost      the decoder's cost of a switch between body and other
     *  @param trees           the boosted trees added to the second stage (count 0: the linear stage alone)
     *  @param stopWordDropout the share of training pages read as if their language had no stop-word list
     *  @param blend           other trees fitted on the same two stages and blended with {@code trees}
     *  @param blendWeight     the blended trees' share of the trees' log-odds (0: no blend)
     *  @param mapped          null, or the name of a map in {@link #MAPS}: write the {@code blend} trees alone instead
     *                         of {@code trees}, their log-odds mapped so that the training lines' scores spread as
     *                         those of the model with {@code trees}, the scale the decoding passes were tuned on */
    record Settings(double cost, double switchCost, double threshold, double relative, TreeVariant trees,
                    double stopWordDropout, TreeVariant blend, double blendWeight, String mapped) {

        Settings(double cost, double switchCost, double threshold, double relative, TreeVariant trees,
                 double stopWordDropout, TreeVariant blend, double blendWeight) {
            this(cost, switchCost, threshold, relative, trees, stopWordDropout, blend, blendWeight, null);
        }

        Settings(double cost, double switchCost, double threshold, double relative, TreeVariant trees,
                 double stopWordDropout) {
            this(cost, switchCost, threshold, relative, trees, stopWordDropout, null, 0);
        }

        Settings(double cost, double switchCost, double threshold, double relative, int trees) {
            this(cost, switchCost, threshold, relative, TreeVariant.of(trees, TREE_DEPTH, TREE_SHRINKAGE), 0);
        }
    }

    static final int TREE_DEPTH = 3;
    static final double TREE_SHRINKAGE = 0.2;
    static final double TREE_SAMPLE = 0.3;
    static final double TREE_MIN_HESSIAN = TreeBooster.MIN_HESSIAN;

    private static final long DROPOUT_SEED = 20_261_207L;

    /**
     * Whether the page is read without its stop-word list. Nearly every training page is in a language with a list,
     * so a model trained on them all leans on the stop-word share; pages of a language without a list would then
     * look like chrome. Reading a fixed share of pages without it teaches the model a path that does not need it.
     * Which pages is decided by the page's id and a fixed seed, so the same pages always give the same model.
     */
    static boolean withoutStopWords(TrainingPage page, double share) {
        return share > 0 && new java.util.SplittableRandom(DROPOUT_SEED ^ page.id().hashCode()).nextDouble() < share;
    }

    /**
     * Other boosted trees fitted on the same two stages, for cross-validation to compare: {@code count} trees of
     * {@code depth}, each leaf moved by {@code shrinkage}, each tree fitted on a {@code sample} of the lines, no
     * leaf with less than {@code minHessian} of the logistic loss's curvature.
     */
    record TreeVariant(int count, int depth, double shrinkage, double sample, double minHessian) {

        static TreeVariant of(int count, int depth, double shrinkage) {
            return new TreeVariant(count, depth, shrinkage, TREE_SAMPLE, TREE_MIN_HESSIAN);
        }

        TreeBooster booster() {
            return new TreeBooster(count, depth, shrinkage, sample, minHessian);
        }
    }

    /**
     * A model and, fitted on its two stages, the trees of each variant asked for, with per variant the maps of its
     * log-odds onto the model's ({@link #MAPS}), fitted on the training lines.
     */
    record WithVariants(LineModel model, List<BoostedTrees> variants, List<LogOddsMap[]> maps) {
    }

    /** The maps fitted per variant, in this order. */
    static final List<String> MAPS = List.of("quantiles", "temperature", "regression");

    private final Settings settings;

    ModelTrainer(Settings settings) {
        this.settings = settings;
    }

    /** The model file's text for a model trained on the pages. */
    String train(List<TrainingPage> pages, String description) {
        if (settings.mapped() != null) {
            Stages s = fit(pages, List.of(settings.blend()));
            LogOddsMap map = s.maps.get(0)[MAPS.indexOf(settings.mapped())];
            return ModelFile.write(description + String.format(java.util.Locale.ROOT,
                            "; %d trees of depth %d, log-odds mapped (%s) by %.4f z %+.4f onto %d trees of depth %d",
                            settings.blend().count(), settings.blend().depth(), settings.mapped(), map.a(), map.b(),
                            settings.trees().count(), settings.trees().depth()),
                    s.first, s.second.mapped(map.a(), map.b()), s.variants.get(0).scaled(map.a()), decoder());
        }
        if (settings.blendWeight() > 0) {
            Stages s = fit(pages, List.of(settings.blend()));
            return ModelFile.write(description, s.first, s.second, s.trees.blend(s.variants.get(0),
                    settings.blendWeight()), decoder());
        }
        Stages s = fit(pages, List.of());
        return ModelFile.write(description, s.first, s.second, s.trees, decoder());
    }

    /** The trained model and the trees of other variants on the same stages, for cross-validation. */
    WithVariants model(List<TrainingPage> pages, List<TreeVariant> variants) {
        Stages s = fit(pages, variants);
        return new WithVariants(ModelFile.read(ModelFile.write("cross-validation", s.first, s.second, s.trees,
                decoder())), s.variants, s.maps);
    }

    /** The trained model itself, for cross-validation. */
    LineModel model(List<TrainingPage> pages) {
        return model(pages, List.of()).model();
    }

    private SequenceDecoder decoder() {
        return new SequenceDecoder(settings.switchCost(), settings.threshold(), settings.relative());
    }

    private record Stages(BinnedLinearStage first, BinnedLinearStage second, BoostedTrees trees,
                          List<BoostedTrees> variants, List<LogOddsMap[]> maps) {
    }

    private Stages fit(List<TrainingPage> pages, List<TreeVariant> variants) {
        List<float[][]> rows = new ArrayList<>(pages.size());
        List<boolean[]> labels = new ArrayList<>(pages.size());
        for (TrainingPage p : pages) {
            rows.add(LineFeatureVectors.of(withoutStopWords(p, settings.stopWordDropout())
                    ? p.input().withoutStopList() : p.input()));
            labels.add(p.body());
        }
        StageTrainer firstTrainer = new StageTrainer(LineFeatureVectors.NAMES,
                StageTrainer.edges(rows, LineFeatureVectors.count()), settings.cost());
        double[][] outOfFold = new double[pages.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<float[][]> inRows = new ArrayList<>();
            List<boolean[]> inLabels = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (fold(pages.get(p)) != fold) {
                    inRows.add(rows.get(p));
                    inLabels.add(labels.get(p));
                }
            }
            if (!anyBody(inLabels)) {
                // a corpus too small to leave a fold out: these pages get the in-sample probabilities below
                continue;
            }
            BinnedLinearStage stage = firstTrainer.fit(inRows, inLabels);
            for (int p = 0; p < pages.size(); p++) {
                if (fold(pages.get(p)) == fold) {
                    outOfFold[p] = probabilities(stage, rows.get(p));
                }
            }
        }
        BinnedLinearStage first = firstTrainer.fit(rows, labels);
        for (int p = 0; p < pages.size(); p++) {
            if (outOfFold[p] == null) {
                outOfFold[p] = probabilities(first, rows.get(p));
            }
        }
        List<float[][]> contextRows = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            contextRows.add(ContextFeatures.of(rows.get(p), outOfFold[p]));
        }
        rows.clear();
        float[][] secondEdges = StageTrainer.edges(contextRows, ContextFeatures.NAMES.size());
        StageTrainer secondTrainer = new StageTrainer(ContextFeatures.NAMES, secondEdges, settings.cost());
        BinnedLinearStage second = secondTrainer.fit(contextRows, labels);
        if (settings.trees().count() <= 0 && variants.isEmpty()) {
            return new Stages(first, second, BoostedTrees.NONE, List.of(), List.of());
        }
        int lines = 0;
        for (float[][] page : contextRows) {
            lines += page.length;
        }
        double[] margin = new double[lines];
        int i = 0;
        for (float[][] page : contextRows) {
            for (float[] row : page) {
                margin[i++] = second.score(row);
            }
        }
        BoostedTrees trees = settings.trees().count() <= 0 ? BoostedTrees.NONE
                : settings.trees().booster().fit(contextRows, labels, secondEdges, margin);
        List<BoostedTrees> fitted = new ArrayList<>();
        for (TreeVariant v : variants) {
            fitted.add(v.booster().fit(contextRows, labels, secondEdges, margin));
        }
        List<LogOddsMap[]> maps = new ArrayList<>();
        if (!fitted.isEmpty()) {
            double[] main = logOdds(contextRows, margin, trees);
            for (BoostedTrees v : fitted) {
                double[] other = logOdds(contextRows, margin, v);
                maps.add(new LogOddsMap[]{LogOddsMap.quantiles(other, main), LogOddsMap.quantileTemperature(other, main),
                        LogOddsMap.regression(other, main)});
            }
        }
        return new Stages(first, second, trees, fitted, maps);
    }

    /** Per training line: the linear stage's score plus the trees'. */
    private static double[] logOdds(List<float[][]> contextRows, double[] margin, BoostedTrees trees) {
        double[] z = margin.clone();
        int i = 0;
        for (float[][] page : contextRows) {
            for (float[] row : page) {
                z[i++] += trees.score(row);
            }
        }
        return z;
    }

    private static boolean anyBody(List<boolean[]> labels) {
        for (boolean[] page : labels) {
            for (boolean b : page) {
                if (b) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] probabilities(BinnedLinearStage stage, float[][] rows) {
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = stage.probability(rows[i]);
        }
        return p;
    }

    /** Pages of one host share a fold, so out-of-fold probabilities never come from the same site's pages. */
    static int fold(TrainingPage page) {
        String key = page.host() != null ? page.host() : page.id();
        return Math.floorMod(key.hashCode(), FOLDS);
    }
}
