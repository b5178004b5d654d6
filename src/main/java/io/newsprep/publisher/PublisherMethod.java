package io.newsprep.publisher;

/** How the publisher of a dump was found. */
public enum PublisherMethod {
    URL("url"), COPYRIGHT("copyright"), SOURCE_NOTE("source_note"), PROFILE("profile"), FOLDER("folder"), NONE("none");

    private final String code;

    PublisherMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
