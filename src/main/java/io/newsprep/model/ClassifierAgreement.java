package io.newsprep.model;

/**
 * Where the model is unsure of a line and leans against it, the hand-made classifier's vote tips the balance:
 * a line the classifier holds for good text inside its main block is kept when the model gives it at least
 * {@link #FLOOR}. The model learned from pages that are almost all in Latin script with a stop-word list; on a
 * page in a script or language it has not seen (Thai without word spaces or sentence marks, Hindi), its
 * probabilities sink towards the middle for whole paragraphs, while the classifier's density of text holds.
 */
public final class ClassifierAgreement {

    /** Below this probability the model is sure enough that a line is not body. */
    public static final double FLOOR = 0.3;
    /**
     * On a page whose body is in a script the training pages do not show, the model's probabilities of whole
     * paragraphs are unreliable: the classifier's main block is kept whatever the model says of it.
     */
    public static final double UNSEEN_SCRIPT_FLOOR = 0;

    private ClassifierAgreement() {
    }

    /** Per line: not decoded as body, yet kept because the model is unsure and the classifier votes for it. */
    public static boolean[] kept(LineInput input, double[] probabilities, boolean[] body, boolean[] skip,
                                 double floor) {
        boolean[] out = new boolean[body.length];
        for (int k = 0; k < body.length; k++) {
            out[k] = !body[k] && !skip[k] && probabilities[k] >= floor && input.heuristicGood()[k]
                    && input.heuristicMain()[k];
        }
        return out;
    }

    /** The decoded body with the lines the classifier's vote keeps. */
    public static boolean[] withAgreed(LineInput input, double[] probabilities, boolean[] body, boolean[] skip) {
        boolean[] agreed = kept(input, probabilities, body, skip, FLOOR);
        boolean[] out = body.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] |= agreed[k];
        }
        return out;
    }
}
