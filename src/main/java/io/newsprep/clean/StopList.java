package io.newsprep.clean;

/**
 * The stop words of the language picked for a document, as one bit of the language masks that
 * {@link StopWords#languagesOf} gives words; {@link #NONE} when no list fits the document.
 */
final class StopList {

    static final StopList NONE = new StopList(null, 0);

    private final StopWords source;
    private final int bit;

    StopList(StopWords source, int bit) {
        this.source = source;
        this.bit = bit;
    }

    boolean isEmpty() {
        return bit == 0;
    }

    /** Whether a word whose language mask is this one is in the list. */
    boolean holds(int languages) {
        return (languages & bit) != 0;
    }

    /** The lists the mask of a word refers to; null for {@link #NONE}, which needs no masks. */
    StopWords source() {
        return source;
    }
}
