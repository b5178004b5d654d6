package io.newsprep.job;

import io.newsprep.duplicate.Signature;
import io.newsprep.output.Json;
import io.newsprep.output.LineFormat;
import io.newsprep.output.run.RunReportBuilder;
import io.newsprep.pipeline.Outcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What the manager needs of one article a remote worker wrote, to place it as a single process would once every
 * partition is done: its address and content hash (same-content copies), its near-duplicate signature (clusters),
 * the length of its record in each of the run's formats (-1 where a format has none), so that the partitions' files
 * can be joined record by record without reading the records, and what it added to the report's counts (taken off
 * again when it turns out a same-content copy). A partition's articles go, one JSON line each and in manifest order,
 * to a file beside its other files, committed with them.
 */
record PartitionArticle(String address, String filePath, String articleId, String contentSha256, String sourceDomain,
                        Signature signature, int[] recordBytes, Map<String, Long> reportCounts) {

    /** The partition file of a run's formats' files. */
    static final class File extends LineFormat {
        static final String FILE_NAME = "articles.placing.jsonl";

        File() {
            super(FILE_NAME, "partitionArticles", "\n", null);
        }

        /** The worker writes these lines itself ({@link #line}). */
        @Override
        public byte[] encode(Outcome outcome) {
            return null;
        }
    }

    static PartitionArticle of(ProcessedDocument d, String runId) {
        Outcome.Accepted accepted = (Outcome.Accepted) d.outcome();
        int[] bytes = new int[d.records().length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = d.records()[i] == null ? -1 : d.records()[i].length;
        }
        RunReportBuilder one = new RunReportBuilder(runId, Instant.EPOCH);
        one.record(accepted);
        return new PartitionArticle(d.address(), d.file().relativePath(), d.articleId(), accepted.contentSha256(),
                accepted.article().sourceDomain(), d.signature(), bytes, one.state());
    }

    byte[] line() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("address", address);
        fields.put("file", filePath);
        fields.put("id", articleId);
        fields.put("sha256", contentSha256);
        fields.put("source", sourceDomain);
        fields.put("signature", signature == null ? null : Base64.getEncoder().encodeToString(signature.toBytes()));
        fields.put("bytes", recordBytes);
        fields.put("counts", reportCounts);
        return Json.MAPPER.writeValueAsBytes(fields);
    }

    static PartitionArticle read(String line) {
        JsonNode n = Json.MAPPER.readTree(line);
        int[] bytes = new int[n.get("bytes").size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = n.get("bytes").get(i).asInt();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        n.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        JsonNode signature = n.get("signature");
        return new PartitionArticle(n.get("address").asString(), n.get("file").asString(), n.get("id").asString(),
                n.get("sha256").asString(), text(n.get("source")),
                signature == null || signature.isNull() ? null : Signature.fromBytes(Base64.getDecoder().decode(signature.asString())),
                bytes, counts);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    /** A partition's articles, in manifest order; none when the partition wrote no file of them. */
    static List<PartitionArticle> readAll(Path partitionDir) throws IOException {
        Path file = partitionDir.resolve(File.FILE_NAME);
        List<PartitionArticle> articles = new ArrayList<>();
        if (!Files.exists(file)) {
            return articles;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    articles.add(read(line));
                }
            }
        }
        return articles;
    }
}
