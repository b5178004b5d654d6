package io.newsprep.article;

import io.newsprep.input.RejectReason;

/** An input that produced no article: which file, a stable reason code and a one-line message. */
public record Reject(String sourceFile, RejectReason reason, String message, String contentSha256) {
}
