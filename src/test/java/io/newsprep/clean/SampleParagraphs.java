package io.newsprep.clean;

/** Three article paragraphs that any cleaner must keep, shared by the cleaner's tests. */
final class SampleParagraphs {

    static final String P1 = "The South Korean and U.S. governments announced that North Korean troops are fighting "
            + "Ukrainian troops in Kursk Oblast, a fierce battleground in the war, for the first time.";
    static final String P2 = "The National Intelligence Service said on the 13th that the troops had moved to the "
            + "region in the past two weeks and that they were already taking part in the fighting there.";
    static final String P3 = "German media outlet Bild also reported that the Russian military was carrying out a "
            + "large operation in Kursk to drive out the Ukrainian army, but that it was suffering huge losses.";

    private SampleParagraphs() {
    }
}
