package io.newsprep.tag;

/** How the publisher of a dump was found. */
public enum SourceMethod {
    URL("url"), COPYRIGHT("copyright"), SOURCE_NOTE("source_note"), PROFILE("profile"), FOLDER("folder"), NONE("none");

    private final String code;

    SourceMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
