package io.newsprep.output.run;

import io.newsprep.output.Json;
import io.newsprep.output.WellFormedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** report.json: a run's figures as one indented JSON object, replaced atomically when rewritten. */
public final class RunReportJson {

    /** The names {@code counts} always has; job counters follow them and may not reuse them. */
    public static final List<String> STANDARD_COUNTS = List.of("considered", "articles", "rejects", "words");

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    public String toJson(RunReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("run_id", report.runId());
        root.put("started_at", iso(report.startedAt()));
        root.put("finished_at", iso(report.finishedAt()));
        root.put("elapsed_seconds", report.elapsedSeconds());
        if (report.docsPerSecond() == null) {
            root.putNull("docs_per_second");
        } else {
            root.put("docs_per_second", report.docsPerSecond());
        }
        ObjectNode counts = root.putObject("counts");
        counts.put("considered", report.considered());
        counts.put("articles", report.articles());
        counts.put("rejects", report.rejects());
        counts.put("words", report.totalWords());
        report.extraCounts().forEach(counts::put);
        putCounts(root.putObject("rejects_by_reason"), report.rejectsByReason());
        putCounts(root.putObject("sources"), report.articlesBySource());
        ObjectNode languages = root.putObject("languages");
        report.languages().forEach((language, figures) -> languages.putObject(WellFormedText.of(language))
                .put("articles", figures.articles())
                .put("mean_confidence", figures.meanConfidence()));
        putCounts(root.putObject("removed_by_kind"), report.removedByKind());
        ArrayNode publishers = root.putArray("publishers");
        for (RunReport.PublisherFigures p : report.publishers()) {
            ObjectNode node = publishers.addObject();
            putText(node, "domain", p.domain());
            putText(node, "name", p.name());
            node.put("articles", p.articles());
        }
        RunSettings settings = report.settings();
        ObjectNode options = root.putObject("options");
        for (String name : RunSettings.OPTION_NAMES) {
            putValue(options, name, settings.options().get(name));
        }
        putText(root, "input", settings.input());
        putText(root, "output", settings.output());
        putText(root, "run_folder", settings.runFolder());
        ObjectNode versions = root.putObject("versions");
        for (String name : RunSettings.VERSION_NAMES) {
            putText(versions, name, settings.versions().get(name));
        }
        ArrayNode runs = root.putArray("recent_runs");
        for (RunReport.PastRun run : report.recentRuns()) {
            ObjectNode node = runs.addObject();
            putText(node, "run_id", run.runId());
            putText(node, "started_at", iso(run.startedAt()));
            node.put("considered", run.considered());
            node.put("articles", run.articles());
            node.put("rejects", run.rejects());
            node.put("words", run.words());
        }
        ObjectNode duplicates = root.putObject("duplicates");
        duplicates.put("clusters", report.duplicates().clusters());
        duplicates.put("copies", report.duplicates().copies());
        ObjectNode bySource = duplicates.putObject("by_source");
        report.duplicates().bySource().forEach((source, figures) -> bySource.putObject(WellFormedText.of(source))
                .put("clusters", figures.clusters())
                .put("copies", figures.copies()));
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Writes report.json so that a reader sees either the previous report or this one, never a mix. */
    public void write(RunReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(report) + "\n");
    }

    /** Reads a report.json back as nested maps, for tools that compare runs. */
    public LinkedHashMap<String, Object> readMap(String json) {
        return Json.MAPPER.readValue(json, MAP);
    }

    private static void putCounts(ObjectNode node, Map<String, Long> counts) {
        counts.forEach((key, n) -> node.put(WellFormedText.of(key), n));
    }

    private static void putValue(ObjectNode node, String key, Object value) {
        if (value instanceof Boolean b) {
            node.put(key, b);
        } else if (value instanceof Integer || value instanceof Long) {
            node.put(key, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            node.put(key, n.doubleValue());
        } else {
            putText(node, key, value == null ? null : value.toString());
        }
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, WellFormedText.of(value));
        }
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
