package io.newsprep.publisher;

/** The publisher of a dump: registrable domain and name (either may be null) and how it was found. */
public record PublisherTag(String domain, String name, PublisherMethod method) {

    public static final PublisherTag UNKNOWN = new PublisherTag(null, null, PublisherMethod.NONE);
}
