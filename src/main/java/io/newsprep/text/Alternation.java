package io.newsprep.text;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Turns a word list into the alternation of a regular expression, so that word lists stay data. */
public final class Alternation {

    private Alternation() {
    }

    /** "w1|w2|...": the words in their order, each taken literally. */
    public static String of(List<String> words) {
        return of(words, "", "");
    }

    /** As {@link #of(List)}, with every word between the two bounds ("\\b" and "\\b": whole words only). */
    public static String of(List<String> words, String before, String after) {
        StringJoiner any = new StringJoiner("|");
        for (String w : words) {
            any.add(before + Pattern.quote(w) + after);
        }
        return any.toString();
    }
}
