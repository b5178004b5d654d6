package io.newsprep.train;

import io.newsprep.model.ClassifierAgreement;
import io.newsprep.model.CommentThreads;
import io.newsprep.model.LineInput;
import io.newsprep.model.LineModel;
import io.newsprep.model.ListBlocks;

import java.util.ArrayList;
import java.util.List;

/** What a model keeps of a training page, as the cleaner would: rule-taken lines go, the model decides the rest. */
final class PageDecisions {

    private PageDecisions() {
    }

    static boolean[] kept(LineModel model, LineInput input) {
        return kept(model, input, model.probabilities(input));
    }

    /** As {@link #kept(LineModel, LineInput)}, with the model's probabilities of the page's lines already computed. */
    static boolean[] kept(LineModel model, LineInput input, double[] probabilities) {
        boolean[] kept = agreed(model, input, probabilities);
        boolean[] lists = ListBlocks.kept(input, kept, ruled(input), ListBlocks.stops(input));
        for (int k = 0; k < kept.length; k++) {
            kept[k] |= lists[k];
        }
        return kept;
    }

    /** As {@link #kept}, without the comment threads below the article ({@link CommentThreads}). */
    static boolean[] withoutComments(LineModel model, LineInput input) {
        return withoutComments(model, input, model.probabilities(input));
    }

    /** As {@link #withoutComments(LineModel, LineInput)}, with the probabilities already computed. */
    static boolean[] withoutComments(LineModel model, LineInput input, double[] probabilities) {
        boolean[] agreed = agreed(model, input, probabilities);
        boolean[] kept = kept(model, input, probabilities);
        boolean[] units = new boolean[kept.length];
        for (int k = 0; k < kept.length; k++) {
            units[k] = kept[k] && !agreed[k];
        }
        boolean[] comments = CommentThreads.dropped(input, kept, units, probabilities);
        for (int k = 0; k < kept.length; k++) {
            kept[k] &= !comments[k];
        }
        return kept;
    }

    /** The decoded lines with those the classifier's agreement keeps, before lists are judged as units. */
    static boolean[] agreed(LineModel model, LineInput input) {
        return agreed(model, input, model.probabilities(input));
    }

    static boolean[] agreed(LineModel model, LineInput input, double[] probabilities) {
        boolean[] ruled = ruled(input);
        return withFallback(input, ClassifierAgreement.withAgreed(input, probabilities,
                model.decide(probabilities, ruled), ruled));
    }

    /** As the cleaner does: where the model keeps no line, the hand-made classifier's main block stands. */
    static boolean[] withFallback(LineInput input, boolean[] kept) {
        for (boolean k : kept) {
            if (k) {
                return kept;
            }
        }
        boolean[] ruled = ruled(input);
        boolean[] out = new boolean[kept.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = !ruled[k] && input.heuristicGood()[k] && input.heuristicMain()[k];
        }
        return out;
    }

    /** Lines the cleaner removes before the model: explicit rule hits and end-marker phrases. */
    static boolean[] ruled(LineInput input) {
        boolean[] ruled = new boolean[input.size()];
        for (int k = 0; k < ruled.length; k++) {
            ruled[k] = input.ruleKinds()[k] != null || input.endMarkers()[k];
        }
        return ruled;
    }

    static String text(LineInput input, boolean[] kept) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kept.length; k++) {
            if (kept[k]) {
                out.add(input.texts().get(k));
            }
        }
        return String.join("\n", out);
    }
}
