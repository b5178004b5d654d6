package io.newsprep.clean;

/** The decision on one non-blank line: kept in the body or removed, what kind of line it is, and the rule that decided. */
public record LineVerdict(int line, String text, boolean kept, LineKind kind, String rule) {
}
