package io.newsprep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stop-word lists per language, taken from the lists Lucene's analyzers ship, and a cheap guess of a
 * document's language from how many of its words each list covers.
 */
final class StopWords {

    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";
    private static final String LUCENE = "org/apache/lucene/analysis/";
    /** Below this share of covered words no list fits: the document gets language-neutral treatment. */
    private static final double MIN_COVERAGE = 0.12;

    private final Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    /** For every stop word, the languages (bit i = i-th list) whose list holds it: one lookup per word. */
    private final Map<String, Integer> languagesOf = new HashMap<>();
    private final List<Set<String>> lists = new ArrayList<>();

    StopWords() {
        snowball("en", "english");
        snowball("pt", "portuguese");
        snowball("es", "spanish");
        snowball("it", "italian");
        snowball("fr", "french");
        snowball("de", "german");
        snowball("nl", "dutch");
        snowball("ru", "russian");
        snowball("sv", "swedish");
        snowball("da", "danish");
        snowball("no", "norwegian");
        snowball("fi", "finnish");
        snowball("hu", "hungarian");
        plain("id", "id");
        plain("tr", "tr");
        plain("ro", "ro");
        plain("cs", "cz");
        plain("bg", "bg");
        plain("el", "el");
        plain("ca", "ca");
        plain("ar", "ar");
        plain("fa", "fa");
        plain("hi", "hi");
        for (Set<String> list : byLanguage.values()) {
            int bit = 1 << lists.size();
            lists.add(list);
            for (String w : list) {
                languagesOf.merge(w, bit, (a, b) -> a | b);
            }
        }
    }

    /** The stop words of the language whose list covers the most of these lower-case words, or an empty set. */
    Set<String> bestFor(List<String> lowerCaseWords) {
        if (lowerCaseWords.isEmpty()) {
            return Set.of();
        }
        int[] hits = new int[lists.size()];
        for (String w : lowerCaseWords) {
            Integer mask = languagesOf.get(w);
            if (mask != null) {
                for (int m = mask; m != 0; m &= m - 1) {
                    hits[Integer.numberOfTrailingZeros(m)]++;
                }
            }
        }
        Set<String> best = Set.of();
        int bestHits = 0;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > bestHits) {
                bestHits = hits[i];
                best = lists.get(i);
            }
        }
        return bestHits >= MIN_COVERAGE * lowerCaseWords.size() ? best : Set.of();
    }

    Set<String> of(String language) {
        return byLanguage.getOrDefault(language, Set.of());
    }

    private void snowball(String code, String name) {
        Set<String> words = new HashSet<>();
        for (String line : lines(SNOWBALL + name + "_stop.txt")) {
            int bar = line.indexOf('|');
            String content = bar >= 0 ? line.substring(0, bar) : line;
            for (String w : content.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        byLanguage.put(code, Set.copyOf(words));
    }

    private void plain(String code, String folder) {
        Set<String> words = new HashSet<>();
        for (String line : lines(LUCENE + folder + "/stopwords.txt")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        byLanguage.put(code, Set.copyOf(words));
    }

    private static List<String> lines(String resource) {
        InputStream in = StopWords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
