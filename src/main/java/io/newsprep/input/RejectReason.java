package io.newsprep.input;

/**
 * Why an input produced no article. The codes are stable: scripts match on them. A reject decided by the file's
 * bytes stands until the bytes, the options that decided it or the pipeline version change; any other (the file
 * could not be read, was too large for the limit or the heap, or met a defect) is tried again on the next run.
 */
public enum RejectReason {
    EMPTY("empty"),
    BINARY("binary"),
    UNDECODABLE("undecodable"),
    NO_ARTICLE("no_article"),
    TOO_LARGE("too_large"),
    UNREADABLE("unreadable"),
    DUPLICATE("duplicate"),
    INTERNAL_ERROR("internal_error"),
    /** A symbolic link that leads out of the input folder, not read (see {@link InputBoundary}). */
    OUTSIDE_INPUT("outside_input");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the file's bytes decided this reject, so that reading the same bytes again would decide it again. */
    public boolean decidedByBytes() {
        return this != TOO_LARGE && this != UNREADABLE && this != INTERNAL_ERROR;
    }

    /** The reason of this code, or null for a code no version of newsprep wrote. */
    public static RejectReason ofCode(String code) {
        for (RejectReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        return null;
    }
}
