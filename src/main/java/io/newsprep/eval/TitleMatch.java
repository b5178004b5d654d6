package io.newsprep.eval;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which titles are compared: NFKC, lower case, punctuation and symbols as spaces, white space collapsed. */
public final class TitleMatch {

    private TitleMatch() {
    }

    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** Whether a predicted title is the gold title once both are normalised; an empty prediction never is. */
    public static boolean exact(String gold, String predicted) {
        String p = normalise(predicted);
        return !p.isEmpty() && p.equals(normalise(gold));
    }
}
