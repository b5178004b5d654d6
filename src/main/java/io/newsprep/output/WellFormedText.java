package io.newsprep.output;

/**
 * Makes strings safe to encode as UTF-8: a surrogate without its partner has no UTF-8 form, and
 * encoders would otherwise fail or silently write {@code ?}. Such a unit becomes U+FFFD so the loss
 * stays visible to readers.
 */
public final class WellFormedText {

    static final char REPLACEMENT = '\uFFFD';

    private WellFormedText() {
    }

    public static String of(String s) {
        if (s == null || !hasLoneSurrogate(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
