package io.newsprep.clean;

import io.newsprep.publisher.PublisherProfile;
import io.newsprep.text.LineKey;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** A publisher profile's chrome lines and patterns, prepared for lookups. */
final class ProfileRules {

    private final RuleHit hit;
    private final Set<String> keys = new HashSet<>();
    private final PublisherProfile profile;

    ProfileRules(PublisherProfile profile) {
        this.profile = profile;
        this.hit = new RuleHit(LineKind.BOILERPLATE, "profile:" + profile.id());
        for (String line : profile.chromeLines()) {
            keys.add(LineKey.of(line));
        }
    }

    RuleHit match(String line, String key) {
        if (keys.contains(key)) {
            return hit;
        }
        if (line.length() > RuleBook.DEFAULT_MAX_CHARS) {
            return null; // chrome is short, and a pattern written for short lines may be slow on a long one
        }
        for (Pattern p : profile.chromePatterns()) {
            if (p.matcher(line).find()) {
                return hit;
            }
        }
        return null;
    }
}
