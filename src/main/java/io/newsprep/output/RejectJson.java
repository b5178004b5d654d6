package io.newsprep.output;

import io.newsprep.pipeline.Reject;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reject as one line of rejects.jsonl: {@code source_file}, {@code reason} (the stable code),
 * {@code message}, {@code content_sha256} (null when the bytes could not be read), then any extra
 * fields the caller supplies, such as {@code duplicate_of}. Stateless and thread-safe.
 */
public final class RejectJson {

    public static final String SOURCE_FILE = "source_file";
    public static final String REASON = "reason";
    public static final String MESSAGE = "message";
    public static final String CONTENT_SHA256 = "content_sha256";

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    public static final String DUPLICATE_OF = "duplicate_of";

    /** The JSON object for one reject, without a line terminator; a duplicate also names its original. */
    public String toLine(Reject reject) {
        return reject.duplicateOf() == null ? toLine(reject, Map.of())
                : toLine(reject, Map.of(DUPLICATE_OF, reject.duplicateOf()));
    }

    /**
     * As {@link #toLine(Reject)}, followed by {@code extras} in their iteration order (use a
     * {@link LinkedHashMap} for a fixed order). Extras cannot replace the four standard fields.
     */
    public String toLine(Reject reject, Map<String, String> extras) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        put(node, SOURCE_FILE, reject.sourceFile());
        put(node, REASON, reject.reason() == null ? null : reject.reason().code());
        put(node, MESSAGE, reject.message());
        put(node, CONTENT_SHA256, reject.contentSha256());
        extras.forEach((key, value) -> {
            if (node.has(key)) {
                throw new IllegalArgumentException("extra field would replace a standard field: " + key);
            }
            put(node, key, value);
        });
        return Json.MAPPER.writeValueAsString(node);
    }

    /** Reads one rejects.jsonl line into a map in field order. */
    public LinkedHashMap<String, Object> readMap(String line) {
        return Json.MAPPER.readValue(line, MAP);
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, WellFormedText.of(value));
        }
    }
}
