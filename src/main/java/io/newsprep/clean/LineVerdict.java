package io.newsprep.clean;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The decision on one non-blank line: kept in the body or removed, what kind of line it is, and the rule that decided.
 * Where the line model decided, {@code evidence} names the features that weighed most in its score, in plain words;
 * otherwise it is null. Only {@code explain} reads the evidence, so the model's words for it are put together on the
 * first call of {@link #evidence()}, not for every line of every document an ingest cleans.
 */
public final class LineVerdict {

    private final int line;
    private final String text;
    private final boolean kept;
    private final LineKind kind;
    private final String rule;
    private Supplier<String> pending;
    private String evidence;

    public LineVerdict(int line, String text, boolean kept, LineKind kind, String rule, String evidence) {
        this(line, text, kept, kind, rule, (Supplier<String>) null);
        this.evidence = evidence;
    }

    public LineVerdict(int line, String text, boolean kept, LineKind kind, String rule) {
        this(line, text, kept, kind, rule, (String) null);
    }

    /** A verdict whose evidence is made when it is first read. */
    LineVerdict(int line, String text, boolean kept, LineKind kind, String rule, Supplier<String> evidence) {
        this.line = line;
        this.text = text;
        this.kept = kept;
        this.kind = kind;
        this.rule = rule;
        this.pending = evidence;
    }

    public int line() {
        return line;
    }

    public String text() {
        return text;
    }

    public boolean kept() {
        return kept;
    }

    public LineKind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public synchronized String evidence() {
        if (pending != null) {
            evidence = pending.get();
            pending = null;
        }
        return evidence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineVerdict v && line == v.line && kept == v.kept && kind == v.kind
                && Objects.equals(text, v.text) && Objects.equals(rule, v.rule) && Objects.equals(evidence(), v.evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, text, kept, kind, rule, evidence());
    }

    @Override
    public String toString() {
        return "LineVerdict[line=" + line + ", text=" + text + ", kept=" + kept + ", kind=" + kind + ", rule=" + rule
                + ", evidence=" + evidence() + "]";
    }
}
