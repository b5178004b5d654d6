package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.util.List;

/** The formats every run writes, in this order; a new format is one more class here. */
public final class OutcomeFormats {

    private static final List<OutcomeFormat> STANDARD = of(RemovedLines.DEFAULT);

    private OutcomeFormats() {
    }

    public static List<OutcomeFormat> standard() {
        return STANDARD;
    }

    /** The formats of a run that keeps this much of the removed lines in articles.jsonl. */
    public static List<OutcomeFormat> of(RemovedLines removedLines) {
        return List.of(new ArticlesJsonl(removedLines), new ArticlesCsv(), new RejectsJsonl(), new ArticlesParquet());
    }

    /** An outcome encoded in each of the formats, in their order (null where a format has no place for it). */
    public static byte[][] encode(List<OutcomeFormat> formats, Outcome outcome) {
        byte[][] records = new byte[formats.size()][];
        for (int i = 0; i < records.length; i++) {
            records[i] = formats.get(i).encode(outcome);
        }
        return records;
    }
}
