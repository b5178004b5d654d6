package io.newsprep.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Given names of many languages ({@code clean/given-names.txt}): a word that starts a person's name. */
public final class GivenNames {

    private static final String FILE = "/clean/given-names.txt";
    private static final Set<String> LOWER_CASE = ResourceTable.firstColumn(FILE).stream()
            .map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private GivenNames() {
    }

    /** The word, in any case, is a listed given name. */
    public static boolean contains(String word) {
        return LOWER_CASE.contains(word.toLowerCase(Locale.ROOT));
    }
}
