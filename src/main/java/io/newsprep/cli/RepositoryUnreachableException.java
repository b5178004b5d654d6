package io.newsprep.cli;

/** The job repository's database server could not be reached or refused the connection: a setting to fix. */
final class RepositoryUnreachableException extends RuntimeException {

    RepositoryUnreachableException(String message) {
        super(message);
    }
}
