package io.newsprep.clean;

import java.util.function.Supplier;

/**
 * A line's class and the classifier rule that gave it; where the line model decided, the features that weighed
 * most in its score, in plain words (else null), made only when asked for ({@link LineVerdict#evidence()}).
 */
record Classification(LineClass cls, String rule, Supplier<String> explanation) {

    Classification(LineClass cls, String rule) {
        this(cls, rule, null);
    }

    boolean good() {
        return cls == LineClass.GOOD;
    }
}
