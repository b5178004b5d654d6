package io.newsprep.clean;

/** A rule that recognised a line: what kind of line it is and the rule's name as reported in verdicts. */
record RuleHit(LineKind kind, String rule) {
}
