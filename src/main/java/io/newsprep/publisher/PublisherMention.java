package io.newsprep.publisher;

import java.util.regex.Pattern;

/** A publisher named by a line of a dump: its registrable domain and/or its name (either may be null). */
record PublisherMention(String domain, String name) {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");

    /** Reads a value that is a URL, a domain name or a publisher's name. */
    static PublisherMention fromValue(String value) {
        String v = TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("");
        if (v.isEmpty()) {
            return null;
        }
        if (v.contains("://") || RegistrableDomain.isDomainName(v)) {
            String domain = RegistrableDomain.of(v);
            return domain == null ? null : new PublisherMention(domain, null);
        }
        return PublisherName.isPlausible(v) ? new PublisherMention(null, v) : null;
    }
}
