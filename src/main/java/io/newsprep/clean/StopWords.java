package io.newsprep.clean;

import io.newsprep.text.ResourceTable;
import io.newsprep.text.Words;
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
 * Stop-word lists per language (the languages are listed in {@value #LANGUAGES}), taken from the lists
 * Lucene's analyzers ship, and a cheap guess of a document's language from how many of its words each list covers.
 */
final class StopWords {

    static final String LANGUAGES = "/clean/stop-words.tsv";
    private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";
    private static final String LUCENE = "org/apache/lucene/analysis/";
    /** Below this share of covered words no list fits: the document gets language-neutral treatment. */
    private static final double MIN_COVERAGE = 0.12;
    /** Words added to the lists of languages where Lucene's list is short. */
    private static final String EXTRA = "/clean/stop-words-extra.tsv";

    private final Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    /** For every stop word, the languages (bit i = i-th list) whose list holds it: one lookup per word. */
    private final Map<String, Integer> languagesOf = new HashMap<>();
    private final List<StopList> lists = new ArrayList<>();
    private final Map<String, StopList> byCode = new HashMap<>();
    private final WordMasks masks;

    StopWords() {
        this(LANGUAGES);
    }

    /** @param languagesResource the table of languages and their Lucene lists (see {@value #LANGUAGES}) */
    StopWords(String languagesResource) {
        for (String[] row : ResourceTable.read(languagesResource)) {
            String code = row[0].strip();
            String format = row[1].strip();
            String name = row[2].strip();
            switch (format) {
                case "snowball" -> snowball(code, name);
                case "plain" -> plain(code, name);
                default -> throw new IllegalStateException(languagesResource + ": unknown list format " + format);
            }
        }
        for (String[] row : ResourceTable.read(EXTRA)) {
            byLanguage.merge(row[0], Set.of(row[1].strip().toLowerCase(Locale.ROOT)), StopWords::union);
        }
        for (Map.Entry<String, Set<String>> language : byLanguage.entrySet()) {
            int bit = 1 << lists.size();
            StopList list = new StopList(this, bit);
            lists.add(list);
            byCode.put(language.getKey(), list);
            for (String w : language.getValue()) {
                languagesOf.merge(w, bit, (a, b) -> a | b);
            }
        }
        masks = new WordMasks(languagesOf);
    }

    /**
     * The languages whose list holds the word text[start, end) once normalised as {@link Words#normalise}
     * does it: bit i for the i-th list, 0 for a word in none.
     */
    int languagesOf(String text, int start, int end) {
        int mask = masks.get(text, start, end);
        if (mask == WordMasks.CONTEXT_DEPENDENT) {
            Integer m = languagesOf.get(Words.normalise(text.substring(start, end)));
            return m == null ? 0 : m;
        }
        return mask;
    }

    /**
     * As {@link #languagesOf(String, int, int)}, for a word of a line in lower case that lines up character for
     * character with the line it was made from (see {@link LineScan}).
     */
    int languagesOfLowerCase(String lowerCaseLine, int start, int end) {
        return masks.getLowerCase(lowerCaseLine, start, end);
    }

    /** The stop words of the language whose list covers the most of these lower-case words, or {@link StopList#NONE}. */
    StopList bestFor(List<String> lowerCaseWords) {
        int[] languages = new int[lowerCaseWords.size()];
        for (int i = 0; i < languages.length; i++) {
            Integer mask = languagesOf.get(lowerCaseWords.get(i));
            languages[i] = mask == null ? 0 : mask;
        }
        return bestFor(languages, languages.length);
    }

    /** As {@link #bestFor(List)}, for the first {@code count} words given by their language masks. */
    StopList bestFor(int[] wordLanguages, int count) {
        if (count == 0) {
            return StopList.NONE;
        }
        int[] hits = new int[lists.size()];
        for (int w = 0; w < count; w++) {
            for (int m = wordLanguages[w]; m != 0; m &= m - 1) {
                hits[Integer.numberOfTrailingZeros(m)]++;
            }
        }
        StopList best = StopList.NONE;
        int bestHits = 0;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > bestHits) {
                bestHits = hits[i];
                best = lists.get(i);
            }
        }
        return bestHits >= MIN_COVERAGE * count ? best : StopList.NONE;
    }

    StopList of(String language) {
        return byCode.getOrDefault(language, StopList.NONE);
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
                if (code.equals("fa")) {
                    // the list is written in the Arabic forms Lucene normalises to; Persian text has its own yeh and keheh
                    words.add(w.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9'));
                }
            }
        }
        byLanguage.put(code, Set.copyOf(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
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
