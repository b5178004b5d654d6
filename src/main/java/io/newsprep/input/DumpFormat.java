package io.newsprep.input;

/** How a dump's bytes are to be read: as visible text, one block per line, or as a saved HTML page. */
public enum DumpFormat {
    TEXT, HTML
}
