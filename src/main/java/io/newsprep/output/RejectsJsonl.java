package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.nio.charset.StandardCharsets;

/** rejects.jsonl: one JSON object per input that gave no article, with its reason. */
public final class RejectsJsonl extends LineFormat {

    public static final String FILE_NAME = "rejects.jsonl";

    private final RejectJson json = new RejectJson();

    public RejectsJsonl() {
        super(FILE_NAME, "rejectsJsonl", "\n", null);
    }

    @Override
    public byte[] encode(Outcome outcome) {
        return outcome instanceof Outcome.Rejected rejected
                ? json.toLine(rejected.reject()).getBytes(StandardCharsets.UTF_8) : null;
    }
}
