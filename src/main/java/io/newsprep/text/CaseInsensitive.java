package io.newsprep.text;

/** A cheap string test used to skip regular expressions on lines that cannot match. */
public final class CaseInsensitive {

    private CaseInsensitive() {
    }

    /** Case-insensitive containment for an ASCII needle given in lower case. */
    public static boolean contains(String haystack, String lowerNeedle) {
        int n = lowerNeedle.length();
        int last = haystack.length() - n;
        char first = lowerNeedle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i <= last; i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper) && haystack.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
