package io.newsprep.output.run;

import io.newsprep.output.ArticleCsv;
import io.newsprep.output.ArticleJson;
import io.newsprep.output.ArticlesParquet;
import io.newsprep.output.Json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code OUTPUT/current/}: the latest version of every live document, one row per {@code doc_id}, as of the newest
 * published run. It is a symbolic link to a complete, read-only version folder {@code OUTPUT/.newsprep/current/<run-id>/},
 * swung in one step like {@code latest}. An update applies every published run newer than the one the link shows,
 * oldest first, to that version's rows: a run's articles replace the rows of the same documents (and of the other
 * records of a file it read again), its rejects and its deleted documents remove theirs, a moved file's row moves to
 * its new address. The new version is written in a hidden staging folder, flushed, renamed into place, and only
 * then is the link swung; an update that is killed leaves the link on the old version, and the next update (the
 * resumed run, or the next run) starts its staging folder afresh. The rows are kept as JSON lines (hidden,
 * {@value #ROWS}) from which the requested formats are written.
 */
public final class CurrentTable {

    public static final String CURRENT = "current";
    public static final String STATE_JSON = "current.json";
    public static final Set<String> FORMATS = Set.of("parquet", "csv", "jsonl");
    static final String ROWS = ".rows.jsonl";
    private static final Path VERSIONS = Path.of(".newsprep", "current");
    private static final Pattern RECORD = Pattern.compile(".*#\\d+");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path output;
    private final Set<String> formats;
    private final Runnable beforeSwap;

    /**
     * @param formats    which files current/ holds: {@code parquet}, {@code csv}, {@code jsonl}
     * @param beforeSwap runs once the new version is staged, before it is put in place (tests pause there)
     */
    public CurrentTable(Path output, Set<String> formats, Runnable beforeSwap) {
        this.output = output;
        this.formats = Set.copyOf(formats);
        this.beforeSwap = beforeSwap;
    }

    /** The formats named in a comma-separated list such as {@code parquet,csv}. */
    public static Set<String> formats(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : list.split(",")) {
            String name = f.strip().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw new IllegalArgumentException("--current-formats takes parquet, csv and jsonl, not '" + f.strip() + "'");
            }
            out.add(name);
        }
        return out;
    }

    /** The run current/ shows, or null when there is none yet. */
    public String shownRun() throws IOException {
        Path link = output.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        String run = Files.readSymbolicLink(link).getFileName().toString();
        return Files.exists(output.resolve(VERSIONS).resolve(run).resolve(ROWS)) ? run : null;
    }

    /**
     * Brings current/ up to the newest published run; does nothing when it is there already.
     *
     * @return the run current/ shows now, or null when no run has been published
     */
    public String update() throws IOException {
        String shown = shownRun();
        List<String> pending = publishedRuns().stream().filter(r -> shown == null || r.compareTo(shown) > 0).toList();
        if (pending.isEmpty()) {
            return shown;
        }
        Path versions = output.resolve(VERSIONS);
        Files.createDirectories(versions);
        String newest = pending.get(pending.size() - 1);
        Path version = versions.resolve(newest);
        if (!Files.isDirectory(version)) {
            stage(versions, shown == null ? null : versions.resolve(shown).resolve(ROWS), pending, version);
        }
        swingLink(VERSIONS.resolve(newest));
        removeOldVersions(versions, newest);
        return newest;
    }

    private void stage(Path versions, Path baseRows, List<String> runs, Path version) throws IOException {
        Path staging = versions.resolve("." + version.getFileName() + ".partial");
        deleteTree(staging);
        Files.createDirectories(staging);
        Path rows = baseRows;
        long articles = 0;
        for (int i = 0; i < runs.size(); i++) {
            Path next = staging.resolve(".rows-" + i + ".jsonl");
            articles = apply(rows, output.resolve(RunFolder.RUNS).resolve(runs.get(i)), next);
            if (rows != null && !rows.equals(baseRows)) {
                Files.delete(rows);
            }
            rows = next;
        }
        Path finalRows = staging.resolve(ROWS);
        Files.move(rows, finalRows);
        writeFormats(staging, finalRows);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("run_id", version.getFileName().toString());
        state.put("articles", articles);
        state.put("formats", formats.stream().sorted().toList());
        Files.writeString(staging.resolve(STATE_JSON), Json.MAPPER.writeValueAsString(state) + "\n");
        syncFiles(staging);
        beforeSwap.run();
        Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.syncDirectory(versions);
    }

    /**
     * One run applied to the rows before it (null: none), written to {@code out}. The run's articles are read twice,
     * once for their addresses and once to copy them, so that a run of any size is never held in memory. A line is
     * built into a map and written again only when it changes (a moved row, an article with removed lines or without
     * a {@code doc_id}); every other line is copied as it is, its address read by {@link ArticleLine}.
     *
     * @return the number of rows written
     */
    private static long apply(Path before, Path run, Path out) throws IOException {
        long[] written = {0};
        Set<String> replaced = new HashSet<>();
        ArticleJson json = new ArticleJson();
        Path articles = run.resolve("articles.jsonl");
        forEachLine(articles, line -> replaced.add(ArticleLine.sourceFile(line)));
        forEachLine(run.resolve("rejects.jsonl"), line -> replaced.add(ArticleLine.sourceFile(line)));
        Set<String> filesReadAgain = new HashSet<>();
        replaced.forEach(address -> filesReadAgain.add(fileOf(address)));
        Map<String, String> deleted = new HashMap<>();
        for (DeletedJsonl.Entry e : DeletedJsonl.read(run.resolve(DeletedJsonl.FILE_NAME))) {
            deleted.put(e.sourceFile(), e.movedTo());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (before != null) {
                forEachLine(before, line -> {
                    String address = ArticleLine.sourceFile(line);
                    if (replaced.contains(address) || RECORD.matcher(address).matches()
                            && filesReadAgain.contains(fileOf(address))) {
                        return;
                    }
                    if (deleted.containsKey(address)) {
                        String movedTo = deleted.get(address);
                        if (movedTo != null && !replaced.contains(movedTo)) {
                            written[0]++;
                            Map<String, Object> row = json.readMap(line);
                            row.put("source_file", movedTo);
                            row.put("doc_id", io.newsprep.pipeline.ArticleIds.fromAddress(movedTo));
                            row.put("change", "moved");
                            writeLine(w, Json.MAPPER.writeValueAsString(row));
                        }
                        return;
                    }
                    written[0]++;
                    writeLine(w, line);
                });
            }
            forEachLine(articles, line -> {
                written[0]++;
                if (ArticleLine.isRow(line)) {
                    writeLine(w, line);
                    return;
                }
                Map<String, Object> article = json.readMap(line);
                article.remove("removed");
                // run folders written before documents had an id get it here, from the same address
                article.putIfAbsent("doc_id", io.newsprep.pipeline.ArticleIds.fromAddress((String) article.get("source_file")));
                writeLine(w, Json.MAPPER.writeValueAsString(article));
            });
        }
        return written[0];
    }

    private static String fileOf(String address) {
        return RECORD.matcher(address).matches() ? address.substring(0, address.lastIndexOf('#')) : address;
    }

    private void writeFormats(Path staging, Path rows) throws IOException {
        if (formats.contains("parquet")) {
            ArticlesParquet.write(rows, staging.resolve(ArticlesParquet.FILE_NAME));
        }
        if (formats.contains("jsonl")) {
            Files.copy(rows, staging.resolve("articles.jsonl"));
        }
        if (formats.contains("csv")) {
            ArticleCsv csv = new ArticleCsv();
            ArticleJson json = new ArticleJson();
            try (BufferedWriter w = Files.newBufferedWriter(staging.resolve("articles.csv"), StandardCharsets.UTF_8)) {
                w.write(csv.header());
                w.write(ArticleCsv.RECORD_SEPARATOR);
                forEachLine(rows, line -> {
                    w.write(csv.row(json.readArticle(line)));
                    w.write(ArticleCsv.RECORD_SEPARATOR);
                });
            }
        }
    }

    /** Published run ids, oldest first (run ids sort by their start). */
    private List<String> publishedRuns() throws IOException {
        Path runs = output.resolve(RunFolder.RUNS);
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(runs)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> RUN_ID.matcher(name).matches())
                    .sorted()
                    .toList();
        }
    }

    private void swingLink(Path target) throws IOException {
        Path link = output.resolve(CURRENT);
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new IOException(link + " is in the way: current/ must be newsprep's symbolic link");
        }
        AtomicFiles.swingLink(link, target);
    }

    /** Versions older than the one shown, and staging folders of updates that were killed. */
    private static void removeOldVersions(Path versions, String keep) throws IOException {
        try (Stream<Path> entries = Files.list(versions)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals(keep)) {
                    deleteTree(p);
                }
            }
        }
    }

    private interface LineHandler {
        void accept(String line) throws IOException;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    handler.accept(line);
                }
            }
        }
    }

    private static void writeLine(BufferedWriter w, String line) throws IOException {
        w.write(line);
        w.write('\n');
    }

    private static void syncFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
        AtomicFiles.syncDirectory(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
