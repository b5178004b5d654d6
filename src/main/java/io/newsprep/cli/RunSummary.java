package io.newsprep.cli;

import io.newsprep.output.run.RunReportJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-paragraph summary printed to standard error when a run completes, read from its report.json. */
final class RunSummary {

    private static final int TOP = 5;

    private RunSummary() {
    }

    @SuppressWarnings("unchecked")
    static String of(Path runFolder) throws IOException {
        Map<String, Object> report = new RunReportJson()
                .readMap(Files.readString(runFolder.resolve("report.json"), StandardCharsets.UTF_8));
        Map<String, Object> counts = (Map<String, Object>) report.get("counts");
        StringBuilder s = new StringBuilder("newsprep: run ").append(report.get("run_id")).append(" completed in ")
                .append(String.format("%.1f s", ((Number) report.get("elapsed_seconds")).doubleValue())).append(": ")
                .append(counts.getOrDefault("files_listed", 0)).append(" files listed, ")
                .append(number(counts, "new")).append(" new, ")
                .append(number(counts, "changed")).append(" changed, ")
                .append(number(counts, "reprocessed")).append(" reprocessed, ")
                .append(number(counts, "retried") > 0 ? number(counts, "retried") + " retried (earlier rejects), " : "")
                .append(number(counts, "unchanged_skipped")).append(" unchanged (skipped); ")
                .append(number(counts, "articles")).append(" articles, ")
                .append(number(counts, "rejects")).append(" rejects");
        String reasons = nonZero((Map<String, Object>) report.get("rejects_by_reason"));
        if (!reasons.isEmpty()) {
            s.append(" (").append(reasons).append(')');
        }
        String sources = top((Map<String, Object>) report.get("sources"));
        if (!sources.isEmpty()) {
            s.append("; sources: ").append(sources);
        }
        Map<String, Object> languages = (Map<String, Object>) report.get("languages");
        if (!languages.isEmpty()) {
            s.append("; languages: ").append(languages.entrySet().stream().limit(TOP)
                    .map(e -> e.getKey() + " " + ((Map<String, Object>) e.getValue()).get("articles"))
                    .collect(Collectors.joining(", ")));
            if (languages.size() > TOP) {
                s.append(" and ").append(languages.size() - TOP).append(" more");
            }
        }
        return s.append('.').toString();
    }

    private static long number(Map<String, Object> counts, String key) {
        Object v = counts.get(key);
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static String nonZero(Map<String, Object> byReason) {
        return byReason.entrySet().stream().filter(e -> ((Number) e.getValue()).longValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String top(Map<String, Object> bySource) {
        String shown = bySource.entrySet().stream().limit(TOP).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return bySource.size() > TOP ? shown + ", " + (bySource.size() - TOP) + " more" : shown;
    }
}
