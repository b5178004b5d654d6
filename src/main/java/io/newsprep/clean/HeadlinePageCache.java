package io.newsprep.clean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Saves the training pages as the cleaner saw them (gzip JSON Lines), so that feature and model changes can be
 * tried without cleaning the corpus again. Features are always computed afresh from the saved pages.
 */
public final class HeadlinePageCache {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HeadlinePageCache() {
    }

    public static void save(List<HeadlineExample> examples, Path file) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (HeadlineExample e : examples) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", e.id()).put("set", e.set()).put("site", e.site()).put("format", e.format())
                        .put("gold", e.gold());
                HeadlinePage p = e.page();
                ArrayNode lines = o.putArray("lines");
                p.lines().forEach(lines::add);
                ArrayNode kinds = o.putArray("kinds");
                p.ruleKinds().forEach(k -> kinds.add(k == null ? "" : k.code()));
                ArrayNode marked = o.putArray("marked");
                for (int i = 0; i < p.marked().length; i++) {
                    if (p.marked()[i]) {
                        marked.add(i);
                    }
                }
                o.put("bodyStart", p.bodyStart()).put("mainStart", p.mainStart()).put("mainEnd", p.mainEnd())
                        .put("ruleTitle", p.ruleTitle()).put("pageTitle", p.pageTitle()).put("url", p.url());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<HeadlineExample> load(Path file) {
        List<HeadlineExample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode o = JSON.readTree(line);
                List<String> lines = new ArrayList<>();
                o.get("lines").forEach(n -> lines.add(n.asString()));
                List<LineKind> kinds = new ArrayList<>();
                o.get("kinds").forEach(n -> kinds.add(n.asString().isEmpty() ? null : LineKind.fromCode(n.asString())));
                boolean[] marked = new boolean[lines.size()];
                o.get("marked").forEach(n -> marked[n.asInt()] = true);
                HeadlinePage p = new HeadlinePage(lines, kinds, marked, o.get("bodyStart").asInt(),
                        o.get("mainStart").asInt(), o.get("mainEnd").asInt(), o.get("ruleTitle").asInt(),
                        text(o.get("pageTitle")), text(o.get("url")), o.get("format").asString().equals("html"));
                out.add(HeadlineExample.of(o.get("id").asString(), o.get("set").asString(), o.get("site").asString(),
                        o.get("format").asString(), p, o.get("gold").asString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
