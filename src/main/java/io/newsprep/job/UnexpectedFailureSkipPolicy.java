package io.newsprep.job;

import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * One file that breaks the pipeline must not fail a night's run: such a file is skipped and reported as a
 * reject. Anything else (a full disk, a broken repository) fails the step so that the run can be restarted.
 */
class UnexpectedFailureSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        return t instanceof UnexpectedDumpFailure;
    }
}
