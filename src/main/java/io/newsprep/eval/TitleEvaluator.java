package io.newsprep.eval;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Scores predicted titles against gold titles: exact match after normalisation ({@link TitleMatch}). Gold records
 * are {@code {"id", "title"}}; a record whose {@code title} is null or absent is not scored.
 */
public final class TitleEvaluator {

    private record Predicted(String title, String folder) {
    }

    /** Gold titles by id from any number of files (later files win); ids without a title are left out. */
    public Map<String, String> goldTitles(List<Path> files, Consumer<String> warnings) {
        JsonlBodies reader = new JsonlBodies(warnings);
        Map<String, String> out = new TreeMap<>();
        for (Path f : files) {
            for (JsonNode rec : reader.records(f)) {
                JsonNode id = rec.get("id");
                JsonNode title = rec.get("title");
                if (id != null && title != null && title.isString() && !title.asString().isBlank()) {
                    out.put(JsonlBodies.normaliseId(id.asString()), title.asString());
                }
            }
        }
        return out;
    }

    public TitleResult evaluate(Map<String, String> gold, Path articles, Consumer<String> warnings) {
        Map<String, Predicted> predicted = new LinkedHashMap<>();
        for (JsonNode rec : new JsonlBodies(warnings).records(articles)) {
            String id = JsonlBodies.idOf(rec, gold.keySet());
            if (id != null && !predicted.containsKey(id)) {
                predicted.put(id, new Predicted(text(rec.get("title")), folderOf(text(rec.get("source_file")))));
            }
        }
        List<TitleScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Predicted p = predicted.getOrDefault(e.getKey(), new Predicted(null, ""));
            scores.add(new TitleScore(e.getKey(), p.folder(), e.getValue(), p.title()));
        }
        return new TitleResult(scores);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    static String folderOf(String sourceFile) {
        if (sourceFile == null) {
            return "";
        }
        String s = sourceFile.replace('\\', '/');
        int slash = s.lastIndexOf('/');
        return slash < 0 ? "" : s.substring(0, slash);
    }
}
