package io.newsprep.train;

import io.newsprep.eval.ShingleMetric;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Labels the lines of a dump by the gold text, whatever its line breaks: a line is body when at least half of
 * the metric's 4-token shingles that touch it (shingles run across line ends) occur in the gold.
 */
final class LineLabeller {

    static final double BODY_SHARE = 0.5;
    private static final int SHINGLE = 4;

    private LineLabeller() {
    }

    /** Per line: whether it is body by the gold. */
    static boolean[] label(List<String> lines, String gold) {
        List<String> goldTokens = ShingleMetric.tokens(gold);
        Set<String> goldShingles = shingles(goldTokens);
        List<String> tokens = new ArrayList<>();
        int[] firstToken = new int[lines.size()];
        int[] endToken = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            firstToken[k] = tokens.size();
            tokens.addAll(ShingleMetric.tokens(lines.get(k)));
            endToken[k] = tokens.size();
        }
        boolean[] body = new boolean[lines.size()];
        if (goldShingles.isEmpty()) {
            return body;
        }
        int shingles = tokens.size() - SHINGLE + 1;
        for (int k = 0; k < lines.size(); k++) {
            int from = firstToken[k];
            int to = endToken[k];
            if (from == to) {
                continue;
            }
            if (shingles <= 0) {
                body[k] = goldShingles.contains(String.join(" ", tokens));
                continue;
            }
            int hits = 0;
            int total = 0;
            for (int s = Math.max(0, from - SHINGLE + 1); s < Math.min(to, shingles); s++) {
                total++;
                if (goldShingles.contains(String.join(" ", tokens.subList(s, s + SHINGLE)))) {
                    hits++;
                }
            }
            body[k] = total > 0 && hits >= BODY_SHARE * total;
        }
        return body;
    }

    private static Set<String> shingles(List<String> tokens) {
        Set<String> out = new HashSet<>();
        if (!tokens.isEmpty() && tokens.size() < SHINGLE) {
            out.add(String.join(" ", tokens));
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        return out;
    }

    /** The first line that shows the headline (equal in a folded form, or 80 %+ of a line that contains it), or -1. */
    static int headline(List<String> lines, String title) {
        if (title == null || title.isBlank()) {
            return -1;
        }
        String t = fold(title);
        if (t.isEmpty()) {
            return -1;
        }
        for (int k = 0; k < lines.size(); k++) {
            String l = fold(lines.get(k));
            if (l.equals(t) || l.contains(t) && t.split(" ").length >= 4 && t.length() >= 0.8 * l.length()) {
                return k;
            }
        }
        return -1;
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[‘’‚‛`´]", "'").replaceAll("[“”„‟«»]", "\"").replaceAll("[‐‑‒–—―]", "-")
                .replaceAll("\\s+", " ").strip();
        return n.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
    }
}
