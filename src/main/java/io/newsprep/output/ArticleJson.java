package io.newsprep.output;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import io.newsprep.pipeline.Article;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One article as one line of articles.jsonl: the fields in {@link ArticleField} order, absent values
 * written as {@code null}, each removed line as {@code {"line", "kind", "rule", "text"}}. Lone
 * surrogates become U+FFFD, so every line encodes to valid UTF-8. Stateless and thread-safe.
 */
public final class ArticleJson {

    public static final int CONFIDENCE_DECIMALS = 4;

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final RemovedLines removedLines;

    /** Every field, the removed lines included. */
    public ArticleJson() {
        this(RemovedLines.LINES);
    }

    /** What of the removed lines to write: {@code removed} only with {@link RemovedLines#LINES}. */
    public ArticleJson(RemovedLines removedLines) {
        this.removedLines = removedLines;
    }

    /** The JSON object for one article, without a line terminator. */
    public String toLine(Article article) {
        return new String(toUtf8Line(article), StandardCharsets.UTF_8);
    }

    /** As {@link #toLine}, encoded in UTF-8 as it is generated: no string of the line is made and then encoded. */
    public byte[] toUtf8Line(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 2 * article.body().length());
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            write(g, article, removedLines);
        }
        return out.toByteArray();
    }

    // written field by field rather than through a tree: this runs once per article on the hot path
    private static void write(JsonGenerator g, Article article, RemovedLines removedLines) {
        g.writeStartObject();
        for (ArticleField field : ArticleField.values()) {
            if (field == ArticleField.BODY_TRUNCATED
                    || field == ArticleField.REMOVED && !removedLines.writesLines()
                    || field == ArticleField.REMOVED_COUNTS && !removedLines.writesCounts()) {
                continue;
            }
            g.writeName(field.key());
            switch (field) {
                case SUBTITLES, AUTHORS -> writeStrings(g, article, field);
                case REMOVED -> writeRemoved(g, article.removed());
                case REMOVED_COUNTS -> writeCounts(g, RemovedLines.countsByKind(article));
                case LANGUAGE_CONFIDENCE -> g.writeNumber(Json.confidence(article.languageConfidence()));
                case WORD_COUNT -> g.writeNumber(article.wordCount());
                case ENCODING_ERRORS -> g.writeNumber(article.encodingErrors());
                case DUPLICATE_SIMILARITY -> {
                    if (article.duplicateSimilarity() == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(article.duplicateSimilarity());
                    }
                }
                default -> writeText(g, (String) field.valueOf(article));
            }
        }
        g.writeEndObject();
    }

    /**
     * An article's line with other cluster fields: the three fields are written side by side, as {@link #write}
     * writes them, and a quote inside a string value is escaped, so the first run of them is the fields.
     */
    public static byte[] placedInCluster(byte[] line, String articleId, String clusterId, String duplicateOf,
                                         Double similarity) {
        byte[] alone = clusterFields(articleId, null, null);
        int at = indexOf(line, alone);
        if (at < 0) {
            throw new IllegalArgumentException("no cluster fields of article " + articleId + " in its line");
        }
        byte[] placed = clusterFields(clusterId, duplicateOf, similarity);
        byte[] out = new byte[line.length - alone.length + placed.length];
        System.arraycopy(line, 0, out, 0, at);
        System.arraycopy(placed, 0, out, at, placed.length);
        System.arraycopy(line, at + alone.length, out, at + placed.length, line.length - at - alone.length);
        return out;
    }

    /** {@code "cluster_id":…,"duplicate_of":…,"duplicate_similarity":…} as {@link #write} writes them. */
    private static byte[] clusterFields(String clusterId, String duplicateOf, Double similarity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeName(ArticleField.CLUSTER_ID.key());
            writeText(g, clusterId);
            g.writeName(ArticleField.DUPLICATE_OF.key());
            writeText(g, duplicateOf);
            g.writeName(ArticleField.DUPLICATE_SIMILARITY.key());
            if (similarity == null) {
                g.writeNull();
            } else {
                g.writeNumber(similarity);
            }
            g.writeEndObject();
        }
        byte[] object = out.toByteArray();
        return java.util.Arrays.copyOfRange(object, 1, object.length - 1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads one articles.jsonl line into a map in field order (lists as lists, numbers as numbers). */
    public LinkedHashMap<String, Object> readMap(String line) {
        return Json.MAPPER.readValue(line, MAP);
    }

    /**
     * Reads one articles.jsonl line back into an article. Removed lines come back with
     * {@code kept = false}; text that was not well-formed UTF-16 comes back with U+FFFD in its place.
     */
    public Article readArticle(String line) {
        JsonNode n = Json.MAPPER.readTree(line);
        return new Article(
                text(n, ArticleField.ID), text(n, ArticleField.SOURCE_FILE), text(n, ArticleField.URL),
                text(n, ArticleField.TITLE), strings(n, ArticleField.SUBTITLES), strings(n, ArticleField.AUTHORS),
                text(n, ArticleField.PUBLISHED), text(n, ArticleField.SECTION), text(n, ArticleField.BODY),
                text(n, ArticleField.LANGUAGE), n.path(ArticleField.LANGUAGE_CONFIDENCE.key()).asDouble(0.0),
                text(n, ArticleField.SOURCE_DOMAIN), text(n, ArticleField.SOURCE_NAME),
                text(n, ArticleField.SOURCE_METHOD), text(n, ArticleField.ENCODING),
                n.path(ArticleField.WORD_COUNT.key()).asInt(0), removed(n),
                text(n, ArticleField.CONTENT_SHA256), text(n, ArticleField.RUN_ID),
                text(n, ArticleField.INGESTED_AT), text(n, ArticleField.PIPELINE_VERSION),
                text(n, ArticleField.CHANGE), text(n, ArticleField.PUBLISHED_RAW),
                text(n, ArticleField.PUBLISHED_PRECISION),
                text(n, ArticleField.CRAWLED_AT), text(n, ArticleField.WARC_RECORD_ID),
                n.path(ArticleField.ENCODING_ERRORS.key()).asInt(0),
                text(n, ArticleField.CLUSTER_ID), text(n, ArticleField.DUPLICATE_OF),
                n.path(ArticleField.DUPLICATE_SIMILARITY.key()).isNumber()
                        ? n.path(ArticleField.DUPLICATE_SIMILARITY.key()).asDouble() : null,
                text(n, ArticleField.PUBLISHED_METHOD),
                text(n, ArticleField.AUTHORS_METHOD),
                text(n, ArticleField.SECTION_METHOD),
                text(n, ArticleField.SOURCE_NAME_METHOD));
    }

    private static void writeText(JsonGenerator g, String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(WellFormedText.of(value));
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeStrings(JsonGenerator g, Article article, ArticleField field) {
        g.writeStartArray();
        for (String s : (List<String>) field.valueOf(article)) {
            g.writeString(WellFormedText.of(s));
        }
        g.writeEndArray();
    }

    private static void writeCounts(JsonGenerator g, java.util.Map<String, Integer> counts) {
        g.writeStartObject();
        counts.forEach((kind, n) -> g.writeNumberProperty(kind, n));
        g.writeEndObject();
    }

    private static void writeRemoved(JsonGenerator g, List<LineVerdict> removed) {
        g.writeStartArray();
        for (LineVerdict v : removed) {
            g.writeStartObject();
            g.writeNumberProperty("line", v.line());
            g.writeName("kind");
            writeText(g, v.kind() == null ? null : v.kind().code());
            g.writeName("rule");
            writeText(g, v.rule());
            g.writeName("text");
            writeText(g, v.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String text(JsonNode n, ArticleField field) {
        return text(n, field.key());
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(JsonNode n, ArticleField field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field.key()).values()) {
            out.add(v.asString());
        }
        return out;
    }

    private static List<LineVerdict> removed(JsonNode n) {
        List<LineVerdict> out = new ArrayList<>();
        for (JsonNode v : n.path(ArticleField.REMOVED.key()).values()) {
            String kind = text(v, "kind");
            out.add(new LineVerdict(v.path("line").asInt(0), text(v, "text"), false,
                    kind == null ? null : LineKind.fromCode(kind), text(v, "rule")));
        }
        return out;
    }
}
