package io.newsprep.clean;

import io.newsprep.input.DumpFormat;
import io.newsprep.input.Dump;
import io.newsprep.input.SourceFile;
import io.newsprep.model.ClassifierAgreement;
import io.newsprep.model.CommentThreads;
import io.newsprep.model.LineInput;
import io.newsprep.model.LineModel;
import io.newsprep.model.ListBlocks;
import io.newsprep.text.Script;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Hands the line model what the explicit rules know about a document's lines, and turns the model's decisions
 * back into line classes whose rule names carry the probability ({@code model:0.07}).
 */
public final class ModelEvidence {

    static final String MODEL_RULE = "model:";
    /** The rule of a line kept as an item of a list the article introduces. */
    static final String LIST_RULE = "model:list-block;";
    private static final Supplier<String> LIST_EVIDENCE = () -> "an item of a list or table the text above introduces";
    /** The rule of a line dropped as part of a comment thread below the article. */
    static final String COMMENT_RULE = "model:comment-thread;";
    private static final String COMMENT_EVIDENCE = "a block below the article's main block, below a"
            + " comment thread's marks (times of day, \"… said:\", \"Leave a Reply\"), with no line sure body"
            + " unless a mark is such a phrase";
    /** How many of the model's features an explanation names. */
    static final int EVIDENCE_FEATURES = 3;

    private final Cleaner cleaner;

    /** Evidence as the given cleaner's rules find it (the model it carries is not used). */
    public ModelEvidence(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    /** The model's input for the lines of a text dump, read without a publisher profile or memory. */
    public LineInput read(String name, List<String> lines) {
        Dump dump = new Dump(new SourceFile(Path.of(name), name), "", 0, "UTF-8", DumpFormat.TEXT, lines, null);
        return cleaner.modelInput(dump);
    }

    static LineInput of(List<String> texts, RuleHit[] hits, List<LineFeatures> features, boolean[] endMarkers,
                        boolean haveList, RuleSystemVotes votes) {
        int n = texts.size();
        String[] kinds = new String[n];
        double[] stops = new double[n];
        for (int k = 0; k < n; k++) {
            kinds[k] = hits[k] == null ? null : hits[k].kind().code();
            stops[k] = haveList ? features.get(k).stopDensity(true) : 0;
        }
        return new LineInput(texts, kinds, endMarkers, stops, haveList, votes.good(), votes.mainBlock());
    }

    /**
     * Per line: bad for lines a rule took, else good or bad as decoded, named after the model's probability and
     * carrying the features that weighed most in that very score ({@link LineModel#explain}).
     */
    static Classification[] classes(LineModel model, LineModel.Scored scored, boolean[] body, boolean[] ruled) {
        double[] probabilities = scored.probabilities();
        Classification[] out = new Classification[body.length];
        for (int k = 0; k < body.length; k++) {
            out[k] = ruled[k] ? new Classification(LineClass.BAD, "rule")
                    : new Classification(body[k] ? LineClass.GOOD : LineClass.BAD, rule(probabilities[k]),
                            explanation(model, scored, k, body[k]));
        }
        return out;
    }

    private static Supplier<String> explanation(LineModel model, LineModel.Scored scored, int line, boolean body) {
        return () -> model.explain(scored, line, body, EVIDENCE_FEATURES);
    }

    /**
     * Where the model keeps no line at all (a page unlike any it was trained on), the hand-made classifier's main
     * block stands, so that an article it recognises is not lost; the rule names both.
     */
    static void fallBackOnVotes(Classification[] classes, RuleSystemVotes votes, boolean[] ruled, double[] probabilities) {
        for (Classification c : classes) {
            if (c.good()) {
                return;
            }
        }
        for (int k = 0; k < classes.length; k++) {
            if (!ruled[k] && votes.good()[k] && votes.mainBlock()[k]) {
                classes[k] = new Classification(LineClass.GOOD, "classifier:main-block;" + rule(probabilities[k]));
            }
        }
    }

    /**
     * The items of a list or table the article introduces are kept as a unit ({@link ListBlocks}); the rule names
     * the list and the item's own probability.
     */
    static void keepLists(Classification[] classes, LineInput input, double[] probabilities, boolean[] skip) {
        boolean[] kept = new boolean[classes.length];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = classes[k].good();
        }
        boolean[] lists = ListBlocks.kept(input, kept, skip, ListBlocks.stops(input));
        for (int k = 0; k < classes.length; k++) {
            if (lists[k]) {
                classes[k] = new Classification(LineClass.GOOD, LIST_RULE + rule(probabilities[k]), LIST_EVIDENCE);
            }
        }
    }

    /**
     * Blocks of kept lines below the article that read as a comment thread ({@link CommentThreads}) go; the rule
     * names the thread and the line's own probability, the explanation the block's evidence and the features that
     * weighed most against the line in the model's score.
     */
    static void dropComments(Classification[] classes, LineInput input, LineModel model, LineModel.Scored scored) {
        double[] probabilities = scored.probabilities();
        boolean[] kept = new boolean[classes.length];
        boolean[] units = new boolean[classes.length];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = classes[k].good();
            units[k] = kept[k] && classes[k].rule().startsWith(LIST_RULE);
        }
        boolean[] comments = CommentThreads.dropped(input, kept, units, probabilities);
        for (int k = 0; k < classes.length; k++) {
            if (comments[k]) {
                Supplier<String> features = explanation(model, scored, k, false);
                classes[k] = new Classification(LineClass.BAD, COMMENT_RULE + rule(probabilities[k]),
                        () -> COMMENT_EVIDENCE + "; " + features.get());
            }
        }
    }

    /**
     * Lines the model is unsure of and leans against, which the hand-made classifier holds for good text inside its
     * main block, are kept ({@link ClassifierAgreement}); the rule names both. The training pages are in Latin
     * script: on a page in another, the classifier's main block is kept whatever the model says of it.
     */
    static void keepAgreed(Classification[] classes, LineInput input, double[] probabilities, boolean[] body,
                           boolean[] ruled, Script bodyScript) {
        double floor = bodyScript == Script.LATIN || bodyScript == Script.NONE
                ? ClassifierAgreement.FLOOR : ClassifierAgreement.UNSEEN_SCRIPT_FLOOR;
        boolean[] agreed = ClassifierAgreement.kept(input, probabilities, body, ruled, floor);
        for (int k = 0; k < classes.length; k++) {
            if (agreed[k]) {
                classes[k] = new Classification(LineClass.GOOD, "classifier:main-block;" + rule(probabilities[k]));
            }
        }
    }

    /**
     * {@code model:} and the probability with two decimals, as {@code %.2f} writes it. The formatter is slow for one
     * call per line of every document, so it only decides where rounding could go either way (a probability whose
     * hundredths end within a millionth of a half); elsewhere rounding the hundredths gives the same digits.
     */
    static String rule(double probability) {
        double hundredths = probability * 100;
        double fraction = hundredths - Math.floor(hundredths);
        if (probability >= 0 && probability <= 1 && Math.abs(fraction - 0.5) > 1e-6) {
            int rounded = (int) Math.round(hundredths);
            int cents = rounded % 100;
            return MODEL_RULE + rounded / 100 + (cents < 10 ? ".0" : ".") + cents;
        }
        return MODEL_RULE + String.format(Locale.ROOT, "%.2f", probability);
    }

    /** From the first to the last good line, or null when no line is good. */
    static MainBlockFinder.Range textRange(Classification[] classes) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < classes.length; k++) {
            if (classes[k].good()) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        return first < 0 ? null : new MainBlockFinder.Range(first, last);
    }
}
