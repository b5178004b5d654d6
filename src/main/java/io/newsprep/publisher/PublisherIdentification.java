package io.newsprep.publisher;

/** The publisher found for a dump, and the profile that describes it when there is one (null otherwise). */
public record PublisherIdentification(PublisherTag tag, PublisherProfile profile) {

    public static final PublisherIdentification UNKNOWN = new PublisherIdentification(PublisherTag.UNKNOWN, null);
}
