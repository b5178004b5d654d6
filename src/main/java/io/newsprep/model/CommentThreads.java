package io.newsprep.model;

import java.util.regex.Pattern;

/**
 * A second pass over the kept lines that drops the readers' comments below an article. A comment reads like prose,
 * so the model keeps many of them one by one, yet unsure: the probabilities of comment text lie around the
 * threshold, where the article's paragraphs lie far above it. The pass works on blocks, runs of kept lines between
 * dropped ones: the largest block (by characters) is the article's main block; a block below it goes when none of
 * its lines is sure body ({@link #SURE}) and a comment thread's marks stand between the main block and the block's
 * end (at least {@link #MIN_CUES} short lines with a time of day, a "… said:" header, "Leave a Reply",
 * "15 comments"). The time of day does not depend on the language; the phrases are English, as the training pages are.
 * Where one of the marks is such a phrase and not only a time, the thread is certain and a block below it goes even
 * when the model is sure of it: a long, well-written comment scores as high as the article's paragraphs, while a
 * time of day alone may also head the entries of a live report or an update. A list kept as a unit is never dropped,
 * nor is anything above or in the main block.
 */
public final class CommentThreads {

    /** A block with a line this probable is article text, whatever follows it. */
    static final double SURE = 0.8;
    /** Comment marks that make a thread. */
    static final int MIN_CUES = 2;
    /** Longer lines are text, not a comment's header. */
    static final int MAX_CUE_LENGTH = 120;

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    private static final Pattern CUE = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}\\b|(said|says|wrote|writes)\\s*[:.…]*\\s*$"
                    + "|^\\s*(leave a (reply|comment)|\\d+\\s+(comments|responses|replies)\\b|comments?\\s*\\(\\d+\\)|reply\\s*$)",
            Pattern.CASE_INSENSITIVE);

    private CommentThreads() {
    }

    /**
     * Per line: kept so far, but part of a comment thread below the article.
     *
     * @param kept          per line: kept so far (decoded, agreed, or in a list)
     * @param units         per line: kept as an item of a list the article introduces; its block stays
     * @param probabilities per line: the model's probability of body
     */
    public static boolean[] dropped(LineInput input, boolean[] kept, boolean[] units, double[] probabilities) {
        int n = kept.length;
        boolean[] out = new boolean[n];
        int mainStart = -1;
        int mainEnd = -1;
        long mainChars = -1;
        for (int k = 0; k < n; ) {
            if (!kept[k]) {
                k++;
                continue;
            }
            int end = blockEnd(kept, k);
            long chars = 0;
            for (int j = k; j < end; j++) {
                chars += input.texts().get(j).length();
            }
            if (chars > mainChars) {
                mainChars = chars;
                mainStart = k;
                mainEnd = end;
            }
            k = end;
        }
        if (mainStart < 0) {
            return out;
        }
        int cues = 0;
        int phrases = 0;
        int counted = mainEnd;
        for (int k = mainEnd; k < n; ) {
            if (!kept[k]) {
                k++;
                continue;
            }
            int end = blockEnd(kept, k);
            // the marks between the main block and this block's end, and the line right below it (a comment's
            // footer: its time or "Reply")
            for (int limit = Math.min(n, end + 1); counted < limit; counted++) {
                String text = input.texts().get(counted);
                if (cue(text)) {
                    cues++;
                    if (phrase(text)) {
                        phrases++;
                    }
                }
            }
            if (cues >= MIN_CUES && !unit(units, k, end) && (phrases > 0 || !sure(probabilities, k, end))) {
                for (int j = k; j < end; j++) {
                    out[j] = true;
                }
            }
            k = end;
        }
        return out;
    }

    private static int blockEnd(boolean[] kept, int start) {
        int end = start;
        while (end < kept.length && kept[end]) {
            end++;
        }
        return end;
    }

    private static boolean sure(double[] probabilities, int from, int to) {
        for (int j = from; j < to; j++) {
            if (probabilities[j] >= SURE) {
                return true;
            }
        }
        return false;
    }

    private static boolean unit(boolean[] units, int from, int to) {
        for (int j = from; j < to; j++) {
            if (units[j]) {
                return true;
            }
        }
        return false;
    }

    /** A comment mark by its words ("… said:", "Reply", "15 comments"), not only by a time of day. */
    static boolean phrase(String line) {
        return CUE.matcher(TIME.matcher(line).replaceAll(" ")).find();
    }

    static boolean cue(String line) {
        return line.length() < MAX_CUE_LENGTH && CUE.matcher(line).find();
    }
}
