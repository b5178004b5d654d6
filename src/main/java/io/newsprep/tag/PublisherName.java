package io.newsprep.tag;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a piece of text can be a publisher's name rather than a sentence or a stock phrase. */
final class PublisherName {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NOT_NAMES = Set.of("all rights reserved", "copyright", "the author", "the authors",
            "author", "all", "reserved", "photo", "image", "images", "getty images", "shutterstock", "rights reserved",
            "policy", "notice", "information", "info", "terms", "statement",
            "inc", "inc.", "llc", "ltd", "ltd.", "limited", "corp", "corp.", "co", "co.", "gmbh", "plc", "s.a.");

    private PublisherName() {
    }

    static boolean isPlausible(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip();
        if (n.length() < 2 || n.length() > 80 || NOT_NAMES.contains(n.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (n.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        int words = SPACES.split(n).length;
        // in scripts without capitals a long run of words is a sentence, not a name
        boolean hasCapital = n.codePoints().anyMatch(Character::isUpperCase);
        return words <= 8 && (hasCapital || words <= 3);
    }
}
