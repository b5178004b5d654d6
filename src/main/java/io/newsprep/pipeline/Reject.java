package io.newsprep.pipeline;

import io.newsprep.input.RejectReason;

/**
 * An input that produced no article: which file, a stable reason code and a one-line message. For a
 * {@code duplicate}, {@code duplicateOf} names the file whose article has the same content.
 */
public record Reject(String sourceFile, RejectReason reason, String message, String contentSha256,
                     String duplicateOf) {

    public Reject(String sourceFile, RejectReason reason, String message, String contentSha256) {
        this(sourceFile, reason, message, contentSha256, null);
    }
}
