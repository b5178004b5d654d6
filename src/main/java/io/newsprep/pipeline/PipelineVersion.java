package io.newsprep.pipeline;

/** The version of newsprep that produced a record, from the jar's manifest ("dev" when run from classes). */
public final class PipelineVersion {

    private static final String VERSION = detect();

    private PipelineVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String detect() {
        String v = PipelineVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
