package io.newsprep.eval;

import io.newsprep.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The benchmark's body metric for one document: 4-token shingle multisets of gold and prediction (tokens as
 * {@link Words#METRIC_TOKEN} splits them),
 * compared as multisets and normalised so every document weighs the same.
 */
public final class ShingleMetric {

    static final int SHINGLE = 4;

    private ShingleMetric() {
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = Words.METRIC_TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Shingle start positions by shingle; a text of 1-3 tokens is one shingle at position 0. */
    static Map<List<String>, List<Integer>> shingles(List<String> tokens) {
        Map<List<String>, List<Integer>> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.computeIfAbsent(List.copyOf(tokens), k -> new ArrayList<>()).add(0);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.computeIfAbsent(tokens.subList(i, i + SHINGLE), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** Compares one prediction with its gold text. */
    public static Comparison compare(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<List<String>, List<Integer>> gs = shingles(g);
        Map<List<String>, List<Integer>> ps = shingles(p);
        boolean[] predMatched = new boolean[Math.max(1, p.size())];
        boolean[] goldMatched = new boolean[Math.max(1, g.size())];
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<Integer> predUnmatched = new ArrayList<>();
        List<Integer> goldUnmatched = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> e : ps.entrySet()) {
            List<Integer> inGold = gs.getOrDefault(e.getKey(), List.of());
            int common = Math.min(inGold.size(), e.getValue().size());
            tp += common;
            fp += e.getValue().size() - common;
            predUnmatched.addAll(e.getValue().subList(common, e.getValue().size()));
            markAll(predMatched, e.getValue().subList(0, common), e.getKey().size());
        }
        for (Map.Entry<List<String>, List<Integer>> e : gs.entrySet()) {
            List<Integer> inPred = ps.getOrDefault(e.getKey(), List.of());
            int common = Math.min(inPred.size(), e.getValue().size());
            fn += e.getValue().size() - common;
            goldUnmatched.addAll(e.getValue().subList(common, e.getValue().size()));
            markAll(goldMatched, e.getValue().subList(0, common), e.getKey().size());
        }
        return new Comparison(tp, fp, fn, g.size(), p.size(),
                spans(p, predMatched, predUnmatched), spans(g, goldMatched, goldUnmatched));
    }

    private static void markAll(boolean[] matched, List<Integer> starts, int width) {
        for (int s : starts) {
            for (int i = s; i < s + width && i < matched.length; i++) {
                matched[i] = true;
            }
        }
    }

    /** Runs of tokens that lie in unmatched shingles only: text one side has and the other lacks. */
    private static List<String> spans(List<String> tokens, boolean[] matched, List<Integer> unmatchedStarts) {
        boolean[] unmatched = new boolean[tokens.size()];
        int width = Math.min(SHINGLE, tokens.size());
        for (int s : unmatchedStarts) {
            for (int i = s; i < s + width && i < tokens.size(); i++) {
                unmatched[i] = true;
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (unmatched[i] && !matched[i]) {
                if (!run.isEmpty()) {
                    run.append(' ');
                }
                run.append(tokens.get(i));
            } else if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    /**
     * Raw shingle counts of one document and the token runs that differ.
     *
     * @param wronglyKept   predicted text with no counterpart in the gold
     * @param wronglyDropped gold text missing from the prediction
     */
    public record Comparison(long tp, long fp, long fn, int goldTokens, int predictedTokens,
                             List<String> wronglyKept, List<String> wronglyDropped) {
    }
}
