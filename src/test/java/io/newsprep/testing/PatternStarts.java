package io.newsprep.testing;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The characters a pattern can match with, read off the pattern itself: for every character of the Basic
 * Multilingual Plane, whether the pattern finds a match in a probe built around it. A hand-written set of
 * characters that guards a pattern (the pattern runs only on a line that starts with one of them) is checked
 * against this, so the two cannot drift apart.
 */
public final class PatternStarts {

    private PatternStarts() {
    }

    /** The characters {@code c} for which {@code pattern} finds a match in {@code c + after}. */
    public static String before(Pattern pattern, String after) {
        return matching(pattern, c -> c + after);
    }

    /** The characters {@code c} for which {@code pattern} finds a match in {@code before + c}. */
    public static String after(Pattern pattern, String before) {
        return matching(pattern, c -> before + c);
    }

    private static String matching(Pattern pattern, Function<Character, String> probe) {
        StringBuilder found = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c) && pattern.matcher(probe.apply(c)).find()) {
                found.append(c);
            }
        }
        return found.toString();
    }

    /** The characters of {@code chars} in code-point order, each once: two sets compare equal as strings. */
    public static String sorted(String chars) {
        return chars.chars().sorted().distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
