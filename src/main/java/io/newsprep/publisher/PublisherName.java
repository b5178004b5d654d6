package io.newsprep.publisher;

import io.newsprep.text.ResourceTable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a piece of text can be a publisher's name rather than a sentence or a stock phrase. */
final class PublisherName {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Texts that are never a publisher's name, from {@value #WORDS}. */
    static final String WORDS = "/clean/publisher-words.tsv";
    private static final Set<String> NOT_NAMES = Set.copyOf(ResourceTable.words(WORDS, "not-a-name"));

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
