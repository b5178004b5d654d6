package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.util.List;

/** The formats every run writes, in this order; a new format is one more class here. */
public final class OutcomeFormats {

    private static final List<OutcomeFormat> STANDARD = List.of(new ArticlesJsonl(), new ArticlesCsv(),
            new RejectsJsonl());

    private OutcomeFormats() {
    }

    public static List<OutcomeFormat> standard() {
        return STANDARD;
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
