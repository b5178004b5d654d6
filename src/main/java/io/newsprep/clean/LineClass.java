package io.newsprep.clean;

/** The classifier's opinion of a line, before and after looking at its neighbours. */
enum LineClass {
    /** Article-like text: long enough, with the document language's function words. */
    GOOD,
    /** Might be article text; its neighbours decide. */
    NEAR_GOOD,
    /** Too short to judge alone; its neighbours decide. */
    SHORT,
    /** Chrome. */
    BAD
}
