package io.newsprep.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what ingest runs left under an output folder, the way a downstream script would. */
final class RunOutputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunOutputs() {
    }

    /** Published run folders (a {@code report.json}, no leading dot), oldest first. */
    static List<Path> completedRuns(Path output) throws IOException {
        Path runs = output.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(runs)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("report.json")))
                    .sorted().toList();
        }
    }

    /** Staging folders of runs that have not been published. */
    static List<Path> stagingFolders(Path output) throws IOException {
        Path runs = output.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(runs)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".partial"))
                    .sorted().toList();
        }
    }

    static Optional<Path> stagedArticles(Path output) throws IOException {
        return stagingFolders(output).stream().map(p -> p.resolve("articles.jsonl")).filter(Files::isRegularFile).findFirst();
    }

    /** Every line parsed as JSON; a line that is not valid JSON fails with its line number. */
    static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            try {
                nodes.add(JSON.readTree(lines.get(i)));
            } catch (RuntimeException e) {
                throw new AssertionError(file + " line " + (i + 1) + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        return nodes;
    }

    static List<String> sourceFiles(List<JsonNode> records) {
        return records.stream().map(n -> n.get("source_file").asString()).toList();
    }

    static JsonNode report(Path runFolder) throws IOException {
        return JSON.readTree(runFolder.resolve("report.json").toFile());
    }

    static long count(JsonNode report, String name) {
        JsonNode n = report.path("counts").path(name);
        return n.isMissingNode() ? 0 : n.asLong();
    }

    /** The CSV's records, read with its first row as the header. */
    static List<CSVRecord> csvRecords(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    static List<String> csvHeader(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getHeaderNames();
        }
    }
}
