package io.newsprep.eval;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Groups scored documents by the folder of the input file their article came from ({@code source_file}). */
public final class ArticleFolders {

    private final Map<String, String> folderById;

    private ArticleFolders(Map<String, String> folderById) {
        this.folderById = folderById;
    }

    public static ArticleFolders read(Path articles, Set<String> knownIds, Consumer<String> warnings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode rec : new JsonlBodies(warnings).records(articles)) {
            String id = JsonlBodies.idOf(rec, knownIds);
            JsonNode source = rec.get("source_file");
            if (id != null && source != null && source.isString()) {
                out.putIfAbsent(id, TitleEvaluator.folderOf(source.asString()));
            }
        }
        return new ArticleFolders(out);
    }

    /** The folders the articles come from; documents without an article are left out. */
    public Set<String> folders() {
        return new java.util.TreeSet<>(folderById.values());
    }

    /** One body line per folder, in the overall line's format; empty when the articles come from one folder. */
    public String bodyLines(EvaluationResult result) {
        if (folders().size() < 2) {
            return "";
        }
        Map<String, List<DocumentScore>> groups = new TreeMap<>();
        for (DocumentScore d : result.documents()) {
            String folder = folderById.get(d.id());
            if (folder != null) {
                groups.computeIfAbsent(folder, f -> new ArrayList<>()).add(d);
            }
        }
        StringBuilder sb = new StringBuilder();
        groups.forEach((folder, docs) -> {
            EvaluationResult r = new EvaluationResult(docs);
            sb.append(String.format(Locale.ROOT, "body %s: precision=%.4f recall=%.4f f1=%.4f docs=%d%n",
                    folder.isEmpty() ? "." : folder, r.precision(), r.recall(), r.f1(), docs.size()));
        });
        return sb.toString();
    }
}
