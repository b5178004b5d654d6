package io.newsprep.input;

/** Why an input produced no article. The codes are stable: scripts match on them. */
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
}
