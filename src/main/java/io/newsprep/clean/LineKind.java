package io.newsprep.clean;

/** What a line of a dump is. Every kind but {@link #BODY} is removed from the article body. */
public enum LineKind {
    BODY("body"),
    TITLE("title"),
    SUBTITLE("subtitle"),
    NAVIGATION("navigation"),
    UI_LABEL("ui_label"),
    WIDGET("widget"),
    CAPTION("caption"),
    COPYRIGHT("copyright"),
    SOCIAL("social"),
    SOURCE_NOTE("source_note"),
    BYLINE("byline"),
    PUBLISHED_DATE("published_date"),
    SECTION("section"),
    APPENDED("appended"),
    BOILERPLATE("boilerplate");

    private final String code;

    LineKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LineKind fromCode(String code) {
        for (LineKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown line kind: " + code);
    }
}
