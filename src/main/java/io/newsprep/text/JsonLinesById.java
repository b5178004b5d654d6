package io.newsprep.text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The records of a JSON Lines file of annotated pages (gold, manifest), by their {@code id}, sorted. */
public final class JsonLinesById {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLinesById() {
    }

    public static Map<String, JsonNode> read(Path jsonl) {
        Map<String, JsonNode> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode record = JSON.readTree(line);
                    out.put(record.get("id").asString(), record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
