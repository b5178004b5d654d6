package io.newsprep.output.run;

import io.newsprep.output.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What the current table reads of one JSON line (an article, a row or a reject) without building it: its address
 * and whether it is a row as it stands. The line's tokens are walked and every value but the address skipped, so
 * nothing of a long body is decoded or copied.
 */
final class ArticleLine {

    static final String SOURCE_FILE = "source_file";
    static final String DOC_ID = "doc_id";
    static final String REMOVED = "removed";

    private ArticleLine() {
    }

    /** The line's top-level {@code source_file}, or null when it has none (or it is not a string). */
    static String sourceFile(String line) {
        try (JsonParser p = Json.MAPPER.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (SOURCE_FILE.equals(name)) {
                    return value == JsonToken.VALUE_STRING ? p.getString() : null;
                }
                p.skipChildren();
            }
            return null;
        }
    }

    /**
     * True when an article's line is already a row of the table: it has a {@code doc_id} and no {@code removed}
     * lines. Read into a map and written again with the same mapper, such a line gives back the same characters
     * (the run wrote it with that mapper), so it can be copied as it is.
     */
    static boolean isRow(String line) {
        if (line.isEmpty() || line.charAt(0) != '{' || line.charAt(line.length() - 1) != '}') {
            return false; // whitespace around the object would not be written again
        }
        boolean docId = false;
        try (JsonParser p = Json.MAPPER.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (REMOVED.equals(name)) {
                    return false;
                }
                if (DOC_ID.equals(name)) {
                    docId = value != JsonToken.VALUE_NULL;
                }
                p.skipChildren();
            }
        }
        return docId;
    }
}
