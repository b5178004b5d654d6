package io.newsprep.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first stage's features of every line of a document: the line's own shape, the explicit rules' evidence,
 * its position, the same for its neighbours, and means over windows of ±3 and ±8 lines. One pass over the lines
 * for their own values, then prefix sums for the windows.
 */
public final class LineFeatureVectors {

    /** The rule kinds the explicit rules report, each one feature. */
    static final String[] RULE_KINDS = {"navigation", "ui_label", "widget", "caption", "copyright", "social",
            "source_note", "byline", "published_date", "boilerplate"};

    // the line's own values
    private static final String[] OWN = {"log_chars", "letters", "digits", "upper", "punctuation", "log_words",
            "word_length", "sentence_end", "colon_end", "links", "ui_rate", "separators", "bullet", "stop_share",
            "capitalised", "comma_rate", "ruled", "log_repeats", "end_marker", "long_line", "heuristic_good",
            "heuristic_main"};
    private static final int LOG_CHARS = 0;
    private static final int SENTENCE_END = 7;
    private static final int LINKS = 9;
    private static final int UI_RATE = 10;
    private static final int BULLET = 12;
    private static final int STOP_SHARE = 13;
    private static final int RULED = 16;
    private static final int LETTERS = 1;
    private static final int LOG_WORDS = 5;
    private static final int LONG_LINE = 19;
    private static final int LONG_LINE_CHARS = 80;
    private static final int HEURISTIC_GOOD = 20;
    private static final int HEURISTIC_MAIN = 21;

    /** Own values that neighbours and windows repeat. */
    private static final int[] CONTEXT = {LOG_CHARS, SENTENCE_END, STOP_SHARE, RULED, UI_RATE, BULLET, LINKS, LETTERS,
            LONG_LINE, HEURISTIC_GOOD, HEURISTIC_MAIN};
    private static final int[] NEIGHBOURS = {-2, -1, 1, 2};
    private static final int[] WINDOWS = {3, 8};
    private static final String[] POSITION = {"relative_position", "from_longest", "text_before", "have_stop_list"};

    public static final List<String> NAMES = names();

    private LineFeatureVectors() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(OWN));
        for (String k : RULE_KINDS) {
            names.add("rule_" + k);
        }
        names.addAll(List.of(POSITION));
        for (int d : NEIGHBOURS) {
            for (int c : CONTEXT) {
                names.add(OWN[c] + "@" + (d > 0 ? "+" : "") + d);
            }
        }
        for (int w : WINDOWS) {
            for (int c : CONTEXT) {
                names.add(OWN[c] + "~" + w);
            }
        }
        names.addAll(BlockFeatures.NAMES);
        return List.copyOf(names);
    }

    public static int count() {
        return NAMES.size();
    }

    /** The feature rows of a document's lines, in {@link #NAMES} order. */
    public static float[][] of(LineInput input) {
        int n = input.size();
        float[][] own = ownValues(input);
        float[][] rows = new float[n][NAMES.size()];
        double[][] prefix = prefixSums(own);
        int longest = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (own[i][LOG_CHARS] > own[longest][LOG_CHARS]) {
                longest = i;
            }
            total += input.texts().get(i).length();
        }
        double before = 0;
        for (int i = 0; i < n; i++) {
            float[] row = rows[i];
            int f = 0;
            System.arraycopy(own[i], 0, row, 0, OWN.length);
            f += OWN.length;
            String kind = input.ruleKinds()[i];
            for (String k : RULE_KINDS) {
                row[f++] = k.equals(kind) ? 1 : 0;
            }
            row[f++] = n <= 1 ? 0 : (float) i / (n - 1);
            row[f++] = (float) ((i - longest) / Math.max(1.0, n));
            row[f++] = total == 0 ? 0 : (float) (before / total);
            row[f++] = input.haveStopList() ? 1 : 0;
            before += input.texts().get(i).length();
            for (int d : NEIGHBOURS) {
                int j = i + d;
                for (int c : CONTEXT) {
                    row[f++] = j >= 0 && j < n ? own[j][c] : -1;
                }
            }
            for (int w : WINDOWS) {
                int from = Math.max(0, i - w);
                int to = Math.min(n, i + w + 1);
                for (int c : CONTEXT) {
                    row[f++] = (float) ((prefix[to][c] - prefix[from][c]) / (to - from));
                }
            }
        }
        blockFeatures(input, own, rows);
        return rows;
    }

    /** Appends {@link BlockFeatures}' values to the end of each row. */
    private static void blockFeatures(LineInput input, float[][] own, float[][] rows) {
        int n = own.length;
        boolean[] sentenceEnd = new boolean[n];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceEnd[i] = own[i][SENTENCE_END] > 0;
            words[i] = (int) Math.round(Math.expm1(own[i][LOG_WORDS]));
        }
        float[][] block = BlockFeatures.of(input, sentenceEnd, words);
        int at = NAMES.size() - BlockFeatures.NAMES.size();
        for (int i = 0; i < n; i++) {
            System.arraycopy(block[i], 0, rows[i], at, BlockFeatures.NAMES.size());
        }
    }

    private static double[][] prefixSums(float[][] own) {
        double[][] prefix = new double[own.length + 1][OWN.length];
        for (int i = 0; i < own.length; i++) {
            for (int c = 0; c < OWN.length; c++) {
                prefix[i + 1][c] = prefix[i][c] + own[i][c];
            }
        }
        return prefix;
    }

    private static float[][] ownValues(LineInput input) {
        int n = input.size();
        Map<String, Integer> repeats = new HashMap<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = input.texts().get(i).toLowerCase(Locale.ROOT);
            repeats.merge(keys[i], 1, Integer::sum);
        }
        UiWords ui = UiWords.shipped();
        float[][] own = new float[n][OWN.length];
        for (int i = 0; i < n; i++) {
            String text = input.texts().get(i);
            LineShape s = new LineShape(text);
            float[] v = own[i];
            int words = Math.max(1, s.words);
            v[0] = (float) Math.log1p(s.chars);
            v[1] = (float) s.letters;
            v[2] = (float) s.digits;
            v[3] = (float) s.upper;
            v[4] = (float) s.punctuation;
            v[5] = (float) Math.log1p(s.words);
            v[6] = (float) s.averageWordLength;
            v[SENTENCE_END] = s.sentenceEnd ? 1 : 0;
            v[8] = s.colonEnd ? 1 : 0;
            v[LINKS] = s.links;
            v[UI_RATE] = (float) ui.count(text) / words;
            v[11] = Math.min(5, s.separators);
            v[BULLET] = s.bullet ? 1 : 0;
            v[STOP_SHARE] = (float) input.stopShares()[i];
            v[14] = (float) s.capitalised;
            v[15] = (float) s.commas / words;
            v[RULED] = input.ruleKinds()[i] != null ? 1 : 0;
            v[17] = (float) Math.log(repeats.get(keys[i]));
            v[18] = input.endMarkers()[i] ? 1 : 0;
            v[LONG_LINE] = s.chars >= LONG_LINE_CHARS ? 1 : 0;
            v[HEURISTIC_GOOD] = input.heuristicGood()[i] ? 1 : 0;
            v[HEURISTIC_MAIN] = input.heuristicMain()[i] ? 1 : 0;
        }
        return own;
    }
}
