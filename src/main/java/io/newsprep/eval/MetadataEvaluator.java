package io.newsprep.eval;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Scores the articles' date, authors, section and publisher name against the pages' metadata gold. Gold records
 * carry {@code published}, {@code authors}, {@code section}, {@code site_name} and the flags
 * {@code published_visible}, {@code authors_visible} (the authors shown), {@code section_visible},
 * {@code site_name_visible}; several files may give parts of one id's record (a gold file and its manifest).
 */
public final class MetadataEvaluator {

    /** Metadata gold by id, merged from any number of files: later files add or replace non-null fields. */
    public Map<String, MetadataGold> gold(List<Path> files, Consumer<String> warnings) {
        JsonlBodies reader = new JsonlBodies(warnings);
        Map<String, Map<String, JsonNode>> fields = new TreeMap<>();
        for (Path f : files) {
            for (JsonNode rec : reader.records(f)) {
                JsonNode id = rec.get("id");
                if (id == null || !id.isString()) {
                    continue;
                }
                Map<String, JsonNode> into = fields.computeIfAbsent(JsonlBodies.normaliseId(id.asString()),
                        k -> new LinkedHashMap<>());
                for (String key : List.of("published", "published_visible", "authors", "authors_visible", "section",
                        "section_visible", "site_name", "site_name_visible")) {
                    JsonNode v = rec.get(key);
                    if (v != null && !v.isNull()) {
                        into.put(key, v);
                    }
                }
            }
        }
        Map<String, MetadataGold> out = new TreeMap<>();
        fields.forEach((id, f) -> {
            MetadataGold g = new MetadataGold(id, text(f.get("published")), flag(f.get("published_visible")),
                    list(f.get("authors")), f.containsKey("authors_visible") ? list(f.get("authors_visible")) : null,
                    text(f.get("section")), flag(f.get("section_visible")), text(f.get("site_name")),
                    flag(f.get("site_name_visible")));
            if (g.published() != null || !g.authors().isEmpty() || g.section() != null || g.siteName() != null) {
                out.put(id, g);
            }
        });
        return out;
    }

    public MetadataResult evaluate(Map<String, MetadataGold> gold, Path articles, Consumer<String> warnings) {
        Map<String, MetadataPrediction> predicted = new LinkedHashMap<>();
        for (JsonNode rec : new JsonlBodies(warnings).records(articles)) {
            String id = JsonlBodies.idOf(rec, gold.keySet());
            if (id != null && !predicted.containsKey(id)) {
                String source = text(rec.get("source_file"));
                predicted.put(id, new MetadataPrediction(text(rec.get("published")), list(rec.get("authors")),
                        text(rec.get("section")), text(rec.get("source_name")), TitleEvaluator.folderOf(source),
                        !isHtml(source)));
            }
        }
        List<MetadataResult.Score> scores = new ArrayList<>();
        for (MetadataGold g : gold.values()) {
            MetadataPrediction p = predicted.getOrDefault(g.id(), MetadataPrediction.NONE);
            for (MetadataField field : MetadataField.values()) {
                MetadataField.Verdict v = field.judge(g, p, p.dumpInput());
                if (v != MetadataField.Verdict.NOT_SCORED) {
                    scores.add(new MetadataResult.Score(g.id(), p.folder(), field, v, goldText(field, g),
                            predictedText(field, p)));
                }
            }
        }
        return new MetadataResult(scores);
    }

    /** Saved HTML (also gzipped, also a WARC record's page) rather than a text dump. */
    static boolean isHtml(String sourceFile) {
        if (sourceFile == null) {
            return false;
        }
        String s = sourceFile.toLowerCase(Locale.ROOT);
        int hash = s.indexOf('#');
        if (hash >= 0 && (s.contains(".warc"))) {
            return true;
        }
        s = s.endsWith(".gz") ? s.substring(0, s.length() - 3) : s;
        return s.endsWith(".html") || s.endsWith(".htm") || s.endsWith(".xhtml") || s.endsWith(".shtml");
    }

    private static String goldText(MetadataField field, MetadataGold g) {
        return switch (field) {
            case PUBLISHED -> g.published();
            case AUTHORS -> String.join("; ", g.authors());
            case SECTION -> g.section();
            case PUBLISHER -> g.siteName();
        };
    }

    private static String predictedText(MetadataField field, MetadataPrediction p) {
        return switch (field) {
            case PUBLISHED -> p.published();
            case AUTHORS -> p.authors().isEmpty() ? null : String.join("; ", p.authors());
            case SECTION -> p.section();
            case PUBLISHER -> p.publisher();
        };
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || !n.isValueNode() ? null : n.asString();
    }

    private static Boolean flag(JsonNode n) {
        return n == null || !n.isBoolean() ? null : n.asBoolean();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode x : n) {
                if (x.isString() && !x.asString().isBlank()) {
                    out.add(x.asString());
                }
            }
        } else if (n != null && n.isString() && !n.asString().isBlank()) {
            out.add(n.asString());
        }
        return out;
    }
}
