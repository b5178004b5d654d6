package io.newsprep.clean;

/** A line's class and the classifier rule that gave it. */
record Classification(LineClass cls, String rule) {

    boolean good() {
        return cls == LineClass.GOOD;
    }
}
