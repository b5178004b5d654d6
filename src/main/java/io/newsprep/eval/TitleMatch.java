package io.newsprep.eval;

import io.newsprep.clean.HeadlineText;

/**
 * How titles are compared: NFKC, lower case, punctuation and symbols as spaces, white space collapsed; the same form
 * the headline model is trained against.
 */
public final class TitleMatch {

    private TitleMatch() {
    }

    public static String normalise(String title) {
        return HeadlineText.normalise(title);
    }

    /** Whether a predicted title is the gold title once both are normalised; an empty prediction never is. */
    public static boolean exact(String gold, String predicted) {
        String p = normalise(predicted);
        return !p.isEmpty() && p.equals(normalise(gold));
    }
}
