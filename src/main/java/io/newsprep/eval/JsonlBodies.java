package io.newsprep.eval;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads gold and predicted article bodies from JSON Lines, naming documents the way the benchmark scorer does. */
final class JsonlBodies {

    private static final List<String> ID_FIELDS = List.of("id", "doc_id", "docId", "document_id", "source_file",
            "sourceFile", "source_path", "file", "filename", "file_name", "path", "input_file", "source", "url");
    private static final List<String> BODY_FIELDS = List.of("body", "text", "articleBody", "article_body",
            "body_text", "bodyText", "content", "cleaned_text", "clean_text", "main_text", "article");
    private static final List<String> EXTENSIONS = List.of(".gz", ".txt", ".html", ".htm", ".json");

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Consumer<String> warnings;

    /** @param warnings told, in one line per file, about lines that are not JSON objects */
    JsonlBodies(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Gold bodies by id, from {@code id} and {@code articleBody}. */
    Map<String, String> gold(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode rec : records(file)) {
            JsonNode body = rec.get("articleBody");
            out.put(normaliseId(rec.get("id") == null ? "" : rec.get("id").asString()),
                    body == null || body.isNull() ? "" : body.asString());
        }
        return out;
    }

    /** Predicted bodies of the known ids; records sharing an id are joined by a line break. */
    Map<String, String> predictions(Path file, Set<String> knownIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode rec : records(file)) {
            String id = idOf(rec, knownIds);
            if (id != null) {
                out.merge(id, bodyOf(rec), (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    static String normaliseId(String value) {
        String s = value.strip().replace('\\', '/');
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.substring(s.lastIndexOf('/') + 1);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String ext : EXTENSIONS) {
                if (s.toLowerCase().endsWith(ext) && s.length() > ext.length()) {
                    s = s.substring(0, s.length() - ext.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    static String idOf(JsonNode rec, Set<String> known) {
        for (String f : ID_FIELDS) {
            JsonNode v = rec.get(f);
            if (v != null && (v.isString() || v.isIntegralNumber())) {
                String id = normaliseId(v.asString());
                if (known.contains(id)) {
                    return id;
                }
            }
        }
        return null;
    }

    private static String bodyOf(JsonNode rec) {
        for (String f : BODY_FIELDS) {
            JsonNode v = rec.get(f);
            if (v != null && !v.isNull()) {
                if (v.isArray()) {
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode x : v) {
                        if (!x.isNull()) {
                            sb.append(sb.isEmpty() ? "" : "\n").append(x.asString());
                        }
                    }
                    return sb.toString();
                }
                return v.asString();
            }
        }
        return "";
    }

    List<JsonNode> records(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text (JSON Lines files are UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> records = new ArrayList<>();
        int skipped = 0;
        int firstSkipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            line = (line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node = parseOrNull(line);
            if (node != null && node.isObject()) {
                records.add(node);
            } else if (skipped++ == 0) {
                firstSkipped = i + 1;
            }
        }
        if (skipped > 0) {
            warnings.accept(file + ": skipped " + skipped + " of " + (records.size() + skipped)
                    + " lines that are not JSON objects (line " + firstSkipped + (skipped > 1 ? " and more" : "") + ")");
        }
        return records;
    }

    private JsonNode parseOrNull(String line) {
        try {
            return mapper.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
