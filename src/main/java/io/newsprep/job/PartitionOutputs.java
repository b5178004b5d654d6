package io.newsprep.job;

import io.newsprep.output.OutcomeFile;
import io.newsprep.output.OutcomeFormat;
import io.newsprep.pipeline.Outcome;
import io.newsprep.output.run.RunFolder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a partition's worker writes, in a folder of its own beside the run (under {@code OUTPUT/.newsprep},
 * which is on the shared disk), and their joining into the run's staging files once every partition has
 * completed. A format's file starts with whatever the format writes into a new file (a header row, say), then
 * holds one record per document; joining keeps the first partition's start once and appends every partition's
 * records in manifest order, so the run's files are those a single process writes.
 */
final class PartitionOutputs {

    private final RunFolder run;
    private final Path partsDir;

    PartitionOutputs(Path outputDir, RunFolder run) {
        this.run = run;
        this.partsDir = outputDir.resolve(".newsprep").resolve("parts").resolve(run.runId());
    }

    Path partitionDir(String partition) throws IOException {
        return Files.createDirectories(partsDir.resolve(partition));
    }

    /** A partition's folder, once made. */
    Path existingPartitionDir(String partition) {
        return partsDir.resolve(partition);
    }

    /**
     * Writes each format's staging file from the partitions' files; safe to repeat. A partition's article records
     * are copied as they are, but for those the manager placed otherwise: a same-content copy's records are left out
     * and its reject added after the partition's rejects, a near-duplicate's records get its cluster's fields.
     */
    void join(List<OutcomeFormat> formats, List<String> partitions,
              List<List<ManifestOrderPlacement.Placement>> placements,
              List<List<PartitionArticle>> articles) throws IOException {
        Files.createDirectories(partsDir);
        for (int i = 0; i < formats.size(); i++) {
            OutcomeFormat format = formats.get(i);
            Path probe = Files.createTempDirectory(partsDir, ".start-");
            try {
                format.open(probe.resolve(format.fileName()), -1).close();
                for (Path start : list(probe)) {
                    joinFile(start, format, i, partitions, placements, articles, probe);
                }
            } finally {
                deleteTree(probe);
            }
        }
    }

    private void joinFile(Path start, OutcomeFormat format, int formatIndex, List<String> partitions,
                          List<List<ManifestOrderPlacement.Placement>> placements,
                          List<List<PartitionArticle>> articles, Path probe) throws IOException {
        String name = start.getFileName().toString();
        long startBytes = Files.size(start);
        Path target = run.stagingDir().resolve(name);
        Path temp = run.stagingDir().resolve("." + name + ".joining");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            Files.copy(start, out);
            for (int p = 0; p < partitions.size(); p++) {
                Path part = partsDir.resolve(partitions.get(p)).resolve(name);
                List<ManifestOrderPlacement.Placement> placed = placements.get(p);
                List<PartitionArticle> partArticles = articles.get(p);
                if (Files.exists(part)) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16)) {
                        in.skipNBytes(Math.min(startBytes, Files.size(part)));
                        for (int k = 0; k < partArticles.size(); k++) {
                            int bytes = partArticles.get(k).recordBytes()[formatIndex];
                            if (bytes >= 0) {
                                copyRecord(in, out, bytes, format, partArticles.get(k), placed.get(k));
                            }
                        }
                        in.transferTo(out);
                    }
                }
                appendRejects(start, format, placed, probe, out);
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One article's record and its separator (which ends with a line feed, as every format's does). */
    private static void copyRecord(InputStream in, OutputStream out, int bytes, OutcomeFormat format,
                                   PartitionArticle article, ManifestOrderPlacement.Placement placement)
            throws IOException {
        byte[] record = in.readNBytes(bytes);
        if (record.length != bytes) {
            throw new IOException("a partition's " + format.fileName() + " ends inside the record of " + article.address());
        }
        ByteArrayOutputStream separator = new ByteArrayOutputStream(2);
        for (int b = in.read(); b >= 0; b = in.read()) {
            separator.write(b);
            if (b == '\n') {
                break;
            }
        }
        if (placement != null && placement.duplicate() != null) {
            return;
        }
        if (placement != null && placement.cluster() != null) {
            record = format.placedInCluster(record, article.articleId(), placement.cluster().clusterId(),
                    placement.cluster().duplicateOf(), placement.cluster().similarity());
        }
        out.write(record);
        separator.writeTo(out);
    }

    /** The same-content rejects of a partition, written by the format into a file of their own and copied. */
    private static void appendRejects(Path start, OutcomeFormat format, List<ManifestOrderPlacement.Placement> placed,
                                      Path probe, OutputStream out) throws IOException {
        List<byte[]> records = new ArrayList<>();
        for (ManifestOrderPlacement.Placement placement : placed) {
            if (placement != null && placement.duplicate() != null) {
                byte[] record = format.encode(new Outcome.Rejected(placement.duplicate()));
                if (record != null) {
                    records.add(record);
                }
            }
        }
        if (records.isEmpty()) {
            return;
        }
        Path dir = Files.createTempDirectory(probe, ".rejects-");
        try {
            try (OutcomeFile file = format.open(dir.resolve(format.fileName()), -1)) {
                file.stage(records);
                file.commit();
            }
            Path written = dir.resolve(start.getFileName());
            try (InputStream in = Files.newInputStream(written)) {
                in.skipNBytes(Math.min(Files.size(start), Files.size(written)));
                in.transferTo(out);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Removes the partitions' files once the run is published. */
    void delete() throws IOException {
        deleteTree(partsDir);
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
