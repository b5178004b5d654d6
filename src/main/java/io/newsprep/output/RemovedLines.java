package io.newsprep.output;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import io.newsprep.pipeline.Article;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What articles.jsonl keeps of the removed lines ({@code --removed}): every line ({@code removed} and
 * {@code removed_counts}), only the counts per kind (the default: most of a page's bytes are its chrome), or
 * neither.
 */
public enum RemovedLines {
    LINES, COUNTS, NONE;

    public static final RemovedLines DEFAULT = COUNTS;

    /** From the option's value: {@code lines}, {@code counts} or {@code none}. */
    public static RemovedLines of(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--removed must be lines, counts or none, not '" + value + "'", e);
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean writesLines() {
        return this == LINES;
    }

    boolean writesCounts() {
        return this != NONE;
    }

    /** Removed lines per kind code, in the kinds' order; kinds without a removed line are left out. */
    public static Map<String, Integer> countsByKind(Article article) {
        Map<LineKind, Integer> byKind = new EnumMap<>(LineKind.class);
        for (LineVerdict v : article.removed()) {
            if (v.kind() != null) {
                byKind.merge(v.kind(), 1, Integer::sum);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> out.put(kind.code(), n));
        return out;
    }
}
