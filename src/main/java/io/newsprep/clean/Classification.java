package io.newsprep.clean;

/**
 * A line's class and the classifier rule that gave it; where the line model decided, the features that weighed
 * most in its score, in plain words (else null).
 */
record Classification(LineClass cls, String rule, String evidence) {

    Classification(LineClass cls, String rule) {
        this(cls, rule, null);
    }

    boolean good() {
        return cls == LineClass.GOOD;
    }
}
