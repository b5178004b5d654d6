package io.newsprep.train;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what cross-validation decided on each held-out page, one JSON line a page: its lines with the rules'
 * kinds, the labels, the model's probabilities and the kept lines before and after lists as units, and the gold.
 * For error analysis by kind of mistake, outside the program.
 */
final class HeldOutDecisions implements AutoCloseable {

    static final HeldOutDecisions NONE = new HeldOutDecisions(null);

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final BufferedWriter writer;

    private HeldOutDecisions(BufferedWriter writer) {
        this.writer = writer;
    }

    static HeldOutDecisions to(Path file) {
        try {
            return new HeldOutDecisions(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String fold, TrainingPage page, double[] probabilities, boolean[] agreed, boolean[] kept) {
        if (writer == null) {
            return;
        }
        ObjectNode rec = mapper.createObjectNode();
        rec.put("fold", fold);
        rec.put("id", page.id());
        rec.put("set", page.set());
        rec.put("host", page.host());
        ArrayNode lines = rec.putArray("lines");
        for (int k = 0; k < page.input().size(); k++) {
            ObjectNode line = lines.addObject();
            line.put("text", page.input().texts().get(k));
            line.put("kind", page.input().ruleKinds()[k]);
            line.put("end", page.input().endMarkers()[k]);
            line.put("label", page.body()[k]);
            line.put("p", Math.round(probabilities[k] * 1000) / 1000.0);
            line.put("agreed", agreed[k]);
            line.put("kept", kept[k]);
            line.put("good", page.input().heuristicGood()[k]);
            line.put("main", page.input().heuristicMain()[k]);
        }
        rec.put("headline", page.headline());
        rec.put("gold", page.gold());
        try {
            writer.write(mapper.writeValueAsString(rec));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
