package io.newsprep.tag;

/** The publisher found for a dump, and the profile that describes it when there is one (null otherwise). */
public record SourceIdentification(SourceTag tag, SourceProfile profile) {

    public static final SourceIdentification UNKNOWN = new SourceIdentification(SourceTag.UNKNOWN, null);
}
