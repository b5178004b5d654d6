package io.newsprep.train;

import io.newsprep.clean.ModelEvidence;
import io.newsprep.input.ErrorText;
import io.newsprep.model.LineInput;

import tools.jackson.databind.JsonNode;
import io.newsprep.text.JsonLinesById;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads training sets in the layout {@code <set>/dumps/<id>.txt}, {@code gold.jsonl}, {@code manifest.jsonl} and
 * labels their lines. Pages whose dump holds less than {@link #MIN_GOLD_IN_DUMP} of the gold, and synthetic test
 * fixtures, are left out.
 */
final class TrainingCorpus {

    static final double MIN_GOLD_IN_DUMP = 0.8;
    /** Rule kinds the evaluation's gold leaves out though some training gold keeps them. */
    private static final Set<String> NOT_BODY_KINDS = Set.of("byline", "published_date", "caption");

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ModelEvidence evidence;

    TrainingCorpus(ModelEvidence evidence) {
        this.evidence = evidence;
    }

    /** The labelled pages of one set folder, sorted by id. */
    List<TrainingPage> read(Path setFolder, Consumer<String> warnings) {
        String set = setFolder.getFileName().toString();
        Map<String, JsonNode> manifest = byId(setFolder.resolve("manifest.jsonl"));
        Map<String, JsonNode> gold = byId(setFolder.resolve("gold.jsonl"));
        List<TrainingPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            String id = e.getKey();
            // a user's own pages may come without a manifest: every page with a gold body is then used
            JsonNode m = manifest.getOrDefault(id, mapper.createObjectNode());
            if (!usable(m)) {
                continue;
            }
            Path dump = setFolder.resolve("dumps").resolve(id + ".txt");
            try {
                pages.add(page(id, set, e.getValue(), m, Files.readAllLines(dump, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException ex) {
                warnings.accept(id + ": skipped (" + ErrorText.of(ex) + ")");
            }
        }
        return pages;
    }

    private static boolean usable(JsonNode manifest) {
        JsonNode share = manifest.get("gold_in_dump");
        if (share != null && !share.isNull() && share.asDouble() < MIN_GOLD_IN_DUMP) {
            return false;
        }
        JsonNode notes = manifest.get("notes");
        if (notes != null) {
            for (JsonNode note : notes) {
                if (note.asString().equals("synthetic-test-page")) {
                    return false;
                }
            }
        }
        return true;
    }

    private TrainingPage page(String id, String set, JsonNode gold, JsonNode manifest, List<String> lines) {
        String body = text(gold, "articleBody");
        boolean hasHeadline = manifest.has("gold_has_headline") && manifest.get("gold_has_headline").asBoolean();
        if (hasHeadline && !set.equals("readability")) {
            int nl = body.indexOf('\n');
            body = nl < 0 ? "" : body.substring(nl + 1);
        }
        LineInput input = evidence.read(id, lines);
        boolean[] labels = LineLabeller.label(input.texts(), body);
        int headline = LineLabeller.headline(input.texts(), text(gold, "title"));
        for (int k = 0; k < labels.length; k++) {
            if (input.ruleKinds()[k] != null && NOT_BODY_KINDS.contains(input.ruleKinds()[k])) {
                labels[k] = false;
            }
        }
        if (headline >= 0) {
            labels[headline] = false;
        }
        return new TrainingPage(id, set, host(text(gold, "url")), input, labels, headline, body);
    }

    private static String text(JsonNode rec, String field) {
        JsonNode v = rec.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The URL's host name without a leading "www.", or null: pages of one site share it. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, JsonNode> byId(Path jsonl) {
        if (jsonl.getFileName().toString().equals("manifest.jsonl") && !Files.exists(jsonl)) {
            return Map.of();
        }
        return JsonLinesById.read(jsonl);
    }
}
