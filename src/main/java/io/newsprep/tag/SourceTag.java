package io.newsprep.tag;

/** The publisher of a dump: registrable domain and name (either may be null) and how it was found. */
public record SourceTag(String domain, String name, SourceMethod method) {

    public static final SourceTag UNKNOWN = new SourceTag(null, null, SourceMethod.NONE);
}
