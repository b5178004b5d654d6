package io.newsprep.memory;

import io.newsprep.publisher.PublisherTag;

import java.util.Locale;

/** The name under which a publisher's lines are counted: its registrable domain, else its name. */
public final class PublisherKey {

    public static final int MAX_LENGTH = 200;

    private PublisherKey() {
    }

    /** The publisher's key, or null when the dump's publisher is unknown (then nothing is counted or recalled). */
    public static String of(PublisherTag tag) {
        String key = tag.domain() != null && !tag.domain().isBlank() ? tag.domain()
                : tag.name() != null && !tag.name().isBlank() ? tag.name() : null;
        if (key == null) {
            return null;
        }
        key = key.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }
}
