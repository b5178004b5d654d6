package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.run.RunFolder;

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

    /** Writes each format's staging file from the partitions' files; safe to repeat. */
    void join(List<OutcomeFormat> formats, List<String> partitions) throws IOException {
        Files.createDirectories(partsDir);
        for (OutcomeFormat format : formats) {
            Path probe = Files.createTempDirectory(partsDir, ".start-");
            try {
                format.open(probe.resolve(format.fileName()), -1).close();
                for (Path start : list(probe)) {
                    joinFile(start, partitions);
                }
            } finally {
                deleteTree(probe);
            }
        }
    }

    private void joinFile(Path start, List<String> partitions) throws IOException {
        String name = start.getFileName().toString();
        long startBytes = Files.size(start);
        Path target = run.stagingDir().resolve(name);
        Path temp = run.stagingDir().resolve("." + name + ".joining");
        try (OutputStream out = Files.newOutputStream(temp)) {
            Files.copy(start, out);
            for (String partition : partitions) {
                Path part = partsDir.resolve(partition).resolve(name);
                if (!Files.exists(part)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(part)) {
                    in.skipNBytes(Math.min(startBytes, Files.size(part)));
                    in.transferTo(out);
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
