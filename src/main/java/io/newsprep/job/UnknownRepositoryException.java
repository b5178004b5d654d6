package io.newsprep.job;

/**
 * The output folder holds published runs that the job repository has no record of: the repository was deleted or
 * replaced, and a run now would take every file for new and emit it again.
 */
public class UnknownRepositoryException extends RuntimeException {

    public static final String ACCEPT_OPTION = "--accept-new-repository";

    UnknownRepositoryException(String message) {
        super(message);
    }
}
