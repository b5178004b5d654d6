package io.newsprep.input;

/** A dump that cannot become an article, with a stable reason code and a one-line message for the user. */
public class RejectedDumpException extends Exception {

    private final RejectReason reason;

    public RejectedDumpException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
