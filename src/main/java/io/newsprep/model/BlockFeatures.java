package io.newsprep.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Features of the block a line belongs to rather than of the line itself, none tied to one language:
 * where the line stands against the page's major text blocks (runs of paragraph-like lines, short lines between
 * them included, holding at least half as much text as the largest), how long the run of lines of its own shape is (a link list is a long
 * run of short lines), how much of it is written in another script than the page's body, whether it sits in a box
 * below a box label ("Related stories") with no paragraph in between, and whether it and its surroundings look
 * like a comment thread's headers (times of day, "… said:").
 */
final class BlockFeatures {

    static final List<String> NAMES = List.of("in_major_block", "from_major_block", "block_share", "block_vs_largest",
            "shape_run",
            "foreign_script", "foreign_script~8", "below_box_label", "comment_cue", "comment_cue~8");

    /** A line this long, or ending a sentence with this many words, reads as a paragraph. */
    private static final int PARAGRAPH_CHARS = 120;
    private static final int PARAGRAPH_WORDS = 8;
    /** Paragraph-like lines at most this many lines apart belong to one block. */
    private static final int BLOCK_GAP = 3;
    /** A block with at least this share of the largest block's text is a major one. */
    private static final double MAJOR_SHARE = 0.5;
    private static final int SHORT_LINE = 60;
    private static final int BOX_REACH = 12;
    private static final int WINDOW = 8;

    private BlockFeatures() {
    }

    /**
     * @param sentenceEnd per line: it ends a sentence in any script
     * @param words       per line: its words
     * @return per line the values in {@link #NAMES} order
     */
    static float[][] of(LineInput input, boolean[] sentenceEnd, int[] words) {
        List<String> texts = input.texts();
        int n = texts.size();
        float[][] out = new float[n][NAMES.size()];
        if (n == 0) {
            return out;
        }
        boolean[] paragraph = new boolean[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int chars = texts.get(i).length();
            paragraph[i] = chars >= PARAGRAPH_CHARS || sentenceEnd[i] && words[i] >= PARAGRAPH_WORDS;
            total += chars;
        }
        mainBlock(texts, paragraph, total, out);
        shapeRuns(texts, sentenceEnd, out);
        foreignScript(texts, out);
        belowBoxLabel(input.endMarkers(), paragraph, out);
        commentCues(texts, out);
        return out;
    }

    /**
     * Blocks of paragraph-like lines. The blocks holding at least half as much text as the largest are major (an
     * article split by a box in its middle has two); per line: whether it lies in a major block, how far it is from
     * the nearest one (negative above it), and its own block's share of the page's text and of the largest block's.
     */
    private static void mainBlock(List<String> texts, boolean[] paragraph, double total, float[][] out) {
        int n = texts.size();
        int[] blockOf = new int[n];
        Arrays.fill(blockOf, -1);
        List<int[]> spans = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        double largest = 0;
        int i = 0;
        while (i < n) {
            if (!paragraph[i]) {
                i++;
                continue;
            }
            int from = i;
            int last = i;
            for (int j = i; j < n && j <= last + BLOCK_GAP; j++) {
                if (paragraph[j]) {
                    last = j;
                }
            }
            double chars = 0;
            for (int j = from; j <= last; j++) {
                chars += texts.get(j).length();
                blockOf[j] = spans.size();
            }
            spans.add(new int[] {from, last});
            sizes.add(chars);
            largest = Math.max(largest, chars);
            i = last + 1;
        }
        boolean[] major = new boolean[spans.size()];
        for (int b = 0; b < spans.size(); b++) {
            major[b] = sizes.get(b) >= MAJOR_SHARE * largest;
        }
        // distance to the nearest major block above and below, in two passes
        int[] above = new int[n];
        int[] below = new int[n];
        int lastMajor = -1;
        for (int k = 0; k < n; k++) {
            if (blockOf[k] >= 0 && major[blockOf[k]]) {
                lastMajor = k;
            }
            above[k] = lastMajor < 0 ? Integer.MAX_VALUE : k - lastMajor;
        }
        int nextMajor = -1;
        for (int k = n - 1; k >= 0; k--) {
            if (blockOf[k] >= 0 && major[blockOf[k]]) {
                nextMajor = k;
            }
            below[k] = nextMajor < 0 ? Integer.MAX_VALUE : nextMajor - k;
        }
        for (int k = 0; k < n; k++) {
            float[] row = out[k];
            int b = blockOf[k];
            row[0] = b >= 0 && major[b] ? 1 : 0;
            if (spans.isEmpty()) {
                continue;
            }
            int d = above[k] <= below[k] ? above[k] : -below[k];
            row[1] = (float) (Math.signum(d) * Math.log1p(Math.abs(d)));
            row[2] = b < 0 || total <= 0 ? 0 : (float) (sizes.get(b) / total);
            row[3] = b < 0 ? 0 : (float) (sizes.get(b) / largest);
        }
    }

    /** The length of the run of neighbouring lines of the same shape (short without a sentence end, or not). */
    private static void shapeRuns(List<String> texts, boolean[] sentenceEnd, float[][] out) {
        int n = texts.size();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || isShort(texts.get(i), sentenceEnd[i]) != isShort(texts.get(from), sentenceEnd[from])) {
                float v = (float) Math.log1p(i - from);
                for (int k = from; k < i; k++) {
                    out[k][4] = v;
                }
                from = i;
            }
        }
    }

    private static boolean isShort(String text, boolean sentenceEnd) {
        return text.length() < SHORT_LINE && !sentenceEnd;
    }

    /** The share of a line's letters in another script than most of the page's letters, and its mean over ±8 lines. */
    private static void foreignScript(List<String> texts, float[][] out) {
        int n = texts.size();
        Character.UnicodeScript[] scripts = Character.UnicodeScript.values();
        int latin = Character.UnicodeScript.LATIN.ordinal();
        // per line, its Latin letters, and a count per script only for a line that has letters of another script
        int[] latinCounts = new int[n];
        int[][] counts = new int[n][];
        int[] page = new int[scripts.length];
        int[] letters = new int[n];
        for (int i = 0; i < n; i++) {
            String t = texts.get(i);
            int[] c = null;
            for (int k = 0; k < t.length(); ) {
                int cp = t.codePointAt(k);
                k += Character.charCount(cp);
                if (!Character.isLetter(cp)) {
                    continue;
                }
                if (cp < 0x250) {
                    latinCounts[i]++;
                    page[latin]++;
                } else {
                    int s = Character.UnicodeScript.of(cp).ordinal();
                    if (c == null) {
                        c = new int[scripts.length];
                    }
                    c[s]++;
                    page[s]++;
                }
                letters[i]++;
            }
            counts[i] = c;
        }
        int main = 0;
        for (int s = 1; s < page.length; s++) {
            if (page[s] > page[main]) {
                main = s;
            }
        }
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            int inMain = (main == latin ? latinCounts[i] : 0) + (counts[i] == null ? 0 : counts[i][main]);
            float share = letters[i] == 0 ? 0 : 1 - (float) inMain / letters[i];
            out[i][5] = share;
            prefix[i + 1] = prefix[i] + share;
        }
        window(prefix, out, 6);
    }

    /** 1 for a line below a box label with no paragraph between them, within {@link #BOX_REACH} lines. */
    private static void belowBoxLabel(boolean[] labels, boolean[] paragraph, float[][] out) {
        int since = -1;
        for (int i = 0; i < out.length; i++) {
            if (since >= 0 && paragraph[i]) {
                since = -1;
            }
            out[i][7] = since >= 0 && since < BOX_REACH ? 1 : 0;
            if (labels[i]) {
                since = 0;
            } else if (since >= 0) {
                since++;
            }
        }
    }

    /**
     * A comment header: a short line with a time of day ({@code 4:15}, {@code 16:05}), as "Anna on 13 Sept 2012 at
     * 4:15 pm said:" has; and the share of such lines within ±8.
     */
    private static void commentCues(List<String> texts, float[][] out) {
        int n = texts.size();
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            String t = texts.get(i);
            float cue = t.length() <= PARAGRAPH_CHARS && timeOfDay(t) ? 1 : 0;
            out[i][8] = cue;
            prefix[i + 1] = prefix[i] + cue;
        }
        window(prefix, out, 9);
    }

    /** Whether the text holds a time of day: one or two digits, a colon, two digits, not part of a longer number. */
    static boolean timeOfDay(String t) {
        for (int k = t.indexOf(':'); k >= 0; k = t.indexOf(':', k + 1)) {
            int before = 0;
            while (before < 3 && k - before - 1 >= 0 && isDigit(t.charAt(k - before - 1))) {
                before++;
            }
            if (before >= 1 && before <= 2 && k + 2 < t.length() && isDigit(t.charAt(k + 1)) && isDigit(t.charAt(k + 2))
                    && (k + 3 >= t.length() || !isDigit(t.charAt(k + 3)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Fills column {@code column} with the mean of column {@code column - 1}'s values over ±{@link #WINDOW} lines. */
    private static void window(double[] prefix, float[][] out, int column) {
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - WINDOW);
            int to = Math.min(n, i + WINDOW + 1);
            out[i][column] = (float) ((prefix[to] - prefix[from]) / (to - from));
        }
    }
}
