package io.newsprep.output;

import io.newsprep.pipeline.Outcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * articles.parquet: the articles as typed columns ({@link ParquetArticles}). A Parquet file cannot be appended to,
 * so the committed chunks go, one JSON line per article (without the removed lines), to a hidden rows file beside
 * it, which {@link #publish} turns into the Parquet file and then deletes; a restart cuts the rows file back to the
 * last commit like any line format's file. Publishing again after a crash finds the Parquet file already there.
 */
public final class ArticlesParquet implements OutcomeFormat {

    public static final String FILE_NAME = "articles.parquet";

    private final ArticleJson json = new ArticleJson(RemovedLines.COUNTS);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String key() {
        return "articlesParquet";
    }

    @Override
    public byte[] encode(Outcome outcome) {
        return outcome instanceof Outcome.Accepted accepted ? json.toUtf8Line(accepted.article()) : null;
    }

    @Override
    public byte[] placedInCluster(byte[] record, String articleId, String clusterId, String duplicateOf,
                                  Double similarity) {
        return ArticleJson.placedInCluster(record, articleId, clusterId, duplicateOf, similarity);
    }

    /** The position is the rows file's length in bytes. */
    @Override
    public OutcomeFile open(Path file, long committedPosition) throws IOException {
        return AppendedLines.open(rowsOf(file), "\n".getBytes(StandardCharsets.UTF_8), null, committedPosition);
    }

    @Override
    public void publish(Path file) throws IOException {
        Path rows = rowsOf(file);
        if (!Files.exists(rows) && Files.exists(file)) {
            return; // published by an earlier attempt
        }
        write(rows, file);
        Files.delete(rows);
    }

    /** Writes the articles of a file of JSON lines (articles.jsonl records) as a Parquet file, atomically. */
    public static void write(Path jsonLines, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        ArticleJson reader = new ArticleJson();
        try (ParquetArticles out = ParquetArticles.create(temp)) {
            if (Files.exists(jsonLines)) {
                try (BufferedReader in = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (!line.isBlank()) {
                            out.write(reader.readMap(line));
                        }
                    }
                }
            }
        }
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path rowsOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".rows");
    }
}
