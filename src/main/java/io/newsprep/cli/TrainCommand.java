package io.newsprep.cli;

import io.newsprep.clean.HeadlineCorpus;
import io.newsprep.clean.HeadlineExample;
import io.newsprep.clean.HeadlinePageCache;
import io.newsprep.clean.HeadlineTraining;
import io.newsprep.model.ModelFile;
import io.newsprep.train.BylineWeightsFit;
import io.newsprep.train.DatelineWeightsFit;
import io.newsprep.train.SiteNameWeightsFit;
import io.newsprep.train.TrainingRun;
import io.newsprep.train.WeightsFit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the cleaner's line model from labelled pages (folders with dumps/, gold.jsonl, manifest.jsonl).")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SET", arity = "1..*", description = "training set folders, e.g. train/dragnet train/cleaneval")
    List<Path> sets;

    @Option(names = "--output", paramLabel = "FILE", description = "where to write the model (default: line-model.txt)")
    Path output = Path.of("line-model.txt");

    @Option(names = "--cross-validate", description = "instead of writing a model, report body F1 of models trained without each fold")
    boolean crossValidate;

    @Option(names = "--cost", description = "inverse regularisation strength of the logistic regressions (default: ${DEFAULT-VALUE})")
    double cost = 0.5;

    @Option(names = "--switch-cost", description = "decoder: log-odds cost of a switch between body and other (default: ${DEFAULT-VALUE})")
    double switchCost = 2;

    @Option(names = "--threshold", description = "decoder: probability at which a line alone is as likely body as not (default: ${DEFAULT-VALUE})")
    double threshold = 0.5;

    @Option(names = "--relative", description = "decoder: the threshold is at most this share of a page's highest probability (default: ${DEFAULT-VALUE})")
    double relative = 0.6;

    @Option(names = "--trees", description = "boosted trees added to the second stage; 0 for none (default: ${DEFAULT-VALUE})")
    int trees = 80;

    @Option(names = "--cross-validate-headlines", description = "instead of the line model, report held-out exact titles of headline models trained without each fold (leave one set out, folds by site), missing and wrong ones by kind")
    boolean crossValidateHeadlines;

    @Option(names = "--headline-output", paramLabel = "FILE", description = "instead of the line model, write a headline model trained on the sets' gold titles")
    Path headlineOutput;

    @Option(names = "--headline-cache", paramLabel = "FILE", description = "headline training: keep the cleaned pages in this file (.jsonl.gz) and reuse them when it exists")
    Path headlineCache;

    @Option(names = "--bylines", paramLabel = "FILE", description = "instead of the line model, fit the byline chooser's "
            + "weights on the sets' gold authors and write them to FILE (with --cross-validate: held-out figures by site)")
    Path bylines;

    @Option(names = "--headline-errors", paramLabel = "FILE", description = "with --cross-validate-headlines: write the held-out pages whose title is not exact to FILE, sorted by set, format and kind")
    Path headlineErrors;
    @Option(names = "--site-names", paramLabel = "FILE", description = "instead of the line model, fit the site-name ranker's "
            + "weights on the sets' gold site names and write them to FILE (with --cross-validate: held-out figures by site)")
    Path siteNames;
    @Option(names = "--datelines", paramLabel = "FILE", description = "instead of the line model, fit the dateline chooser's "
            + "weights on the sets' gold publication dates and write them to FILE (with --cross-validate: held-out figures by site)")
    Path datelines;
    @Option(names = "--folds", paramLabel = "NAME", split = ",", description = "with --cross-validate: only the folds whose name contains one of these (e.g. \"set dragnet,hosts 1\")")
    List<String> folds = List.of();

    @Option(names = "--decisions-output", paramLabel = "FILE", description = "with --cross-validate: write each held-out page's lines, labels, probabilities and kept lines to FILE (JSON Lines); "
            + "with --site-names: each held-out page's site-name decision, its kind of miss and its best candidates")
    Path decisionsOutput;

    @Option(names = "--headline-fit", paramLabel = "FIT", description = "headline training: PAIRWISE (logistic regression on pairs of candidates) or LISTWISE (one softmax over each page's candidates) (default: ${DEFAULT-VALUE})")
    HeadlineTraining.Fit headlineFit = HeadlineTraining.Fit.PAIRWISE;

    @Option(names = "--tree-depth", description = "levels of each boosted tree of the line model (default: ${DEFAULT-VALUE})")
    int treeDepth = 3;

    @Option(names = "--tree-rate", description = "the share of each boosted tree's leaf values the line model adds (default: ${DEFAULT-VALUE})")
    double treeRate = 0.2;

    @Option(names = "--tree-min-curvature", paramLabel = "H", description = "line model: the least sum of the loss's curvature on either side of a tree's split (default: ${DEFAULT-VALUE})")
    double treeMinCurvature = 5;

    @Option(names = "--stop-word-dropout", paramLabel = "SHARE", description = "line model: train on this share of the pages (chosen by a fixed seed) as if their language had no stop-word list (default: ${DEFAULT-VALUE})")
    double stopWordDropout = 0;

    @Option(names = "--blend-weight", paramLabel = "W", description = "line model: blend the trees with a second set fitted on the same stages (--blend-trees), which weighs W in the trees' log-odds; 0 for none (default: ${DEFAULT-VALUE})")
    double blendWeight = 0;

    @Option(names = "--blend-trees", paramLabel = "N,DEPTH,RATE,H", split = ",", description = "line model, with --blend-weight: the second set's tree count, depth, rate and least curvature per split (default: 160,5,0.1,20)")
    double[] blendTrees = {160, 5, 0.1, 20};

    @Option(names = "--mapped-trees", paramLabel = "MAP", description = "line model: write the --blend-trees alone, their log-odds mapped (a z + b, fitted on the training lines) onto the scale of the model with --trees/--tree-depth, the scale the decoding passes were tuned on; MAP is quantiles (the percentiles matched), temperature (the same with b = 0) or regression (least squares line by line)")
    String mappedTrees;

    @Override
    public Integer call() {
        if (crossValidateHeadlines || headlineOutput != null) {
            return headlines();
        }
        requireFolders();
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        if (bylines != null) {
            return fitWeights(new BylineWeightsFit(progress(out)), bylines, "byline", out, start);
        }
        if (siteNames != null) {
            return fitWeights(new SiteNameWeightsFit(progress(out), crossValidate ? decisionsOutput : null), siteNames, "site-name", out, start);
        }
        if (datelines != null) {
            return fitWeights(new DatelineWeightsFit(progress(out)), datelines, "dateline", out, start);
        }
        TrainingRun run;
        try {
            run = new TrainingRun(sets, cost, switchCost, threshold, relative, trees, treeDepth, treeRate, treeMinCurvature,
                    stopWordDropout, blendTrees, blendWeight, mappedTrees, progress(out));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (crossValidate) {
            run.crossValidate(folds, decisionsOutput);
        } else {
            String model = run.train();
            try {
                Files.writeString(output, model, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("model " + ModelFile.read(model).version() + " written to " + output);
        }
        return finished(out, start);
    }

    /** Headline training and cross-validation: the sets' pages with a gold title, as text dumps and saved HTML. */
    private Integer headlines() {
        requireFolders();
        var out = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<HeadlineExample> examples;
        if (headlineCache != null && Files.isRegularFile(headlineCache)) {
            examples = HeadlinePageCache.load(headlineCache);
        } else {
            examples = HeadlineCorpus.examplesOf(sets, true);
            if (headlineCache != null) {
                HeadlinePageCache.save(examples, headlineCache);
            }
        }
        out.println(examples.size() + " headline examples");
        out.flush();
        if (crossValidateHeadlines) {
            List<String> errors = new java.util.ArrayList<>();
            HeadlineTraining.crossValidate(examples, HeadlineTraining.DEFAULT_COST, HeadlineTraining.DEFAULT_SEED,
                    progress(out), headlineErrors == null ? null : errors::add, headlineFit);
            if (headlineErrors != null) {
                try {
                    Files.write(headlineErrors, errors, java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (headlineOutput != null) {
            List<String> names = sets.stream().map(p -> p.toAbsolutePath().normalize().getFileName().toString()).toList();
            try {
                HeadlineTraining.write(HeadlineTraining.train(examples, HeadlineTraining.DEFAULT_COST,
                        HeadlineTraining.DEFAULT_SEED, headlineFit), examples, names, headlineOutput, headlineFit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("headline model written to " + headlineOutput);
        }
        return finished(out, start);
    }

    private Integer fitWeights(WeightsFit fit, Path file, String what, PrintWriter out, long start) {
        if (crossValidate) {
            fit.crossValidate(sets);
        } else {
            try {
                Files.writeString(file, fit.fit(sets), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(what + " weights written to " + file);
        }
        return finished(out, start);
    }

    private static Consumer<String> progress(PrintWriter out) {
        return line -> {
            out.println(line);
            out.flush();
        };
    }

    private void requireFolders() {
        for (Path set : sets) {
            if (!Files.isDirectory(set)) {
                throw new ParameterException(spec.commandLine(), "not a folder: " + set);
            }
        }
    }

    private static Integer finished(PrintWriter out, long start) {
        out.println(String.format(Locale.ROOT, "took %.1f s", (System.nanoTime() - start) / 1e9));
        out.flush();
        return Newsprep.EXIT_OK;
    }
}
