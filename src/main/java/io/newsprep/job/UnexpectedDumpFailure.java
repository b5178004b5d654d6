package io.newsprep.job;

import io.newsprep.input.SourceFile;

/** A file whose processing failed in a way the pipeline did not foresee; the step skips it as a reject. */
class UnexpectedDumpFailure extends Exception {

    private final transient SourceFile file;

    UnexpectedDumpFailure(SourceFile file, Throwable cause) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.file = file;
    }

    SourceFile file() {
        return file;
    }
}
