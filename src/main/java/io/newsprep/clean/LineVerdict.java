package io.newsprep.clean;

/**
 * The decision on one non-blank line: kept in the body or removed, what kind of line it is, and the rule that decided.
 * Where the line model decided, {@code evidence} names the features that weighed most in its score, in plain words;
 * otherwise it is null.
 */
public record LineVerdict(int line, String text, boolean kept, LineKind kind, String rule, String evidence) {

    public LineVerdict(int line, String text, boolean kept, LineKind kind, String rule) {
        this(line, text, kept, kind, rule, null);
    }
}
