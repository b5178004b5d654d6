package io.newsprep.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the run's frozen manifest into partitions of consecutive lines, a set number of files each; a partition's
 * execution context holds its range. The same manifest and size always give the same partitions, so a resumed run
 * finds the partitions of the interrupted one by their names.
 */
class ManifestRangePartitioner implements Partitioner {

    static final String FIRST_LINE = "manifest.first";
    static final String END_LINE = "manifest.end";
    private static final String PREFIX = "partition";

    private final Path manifest;
    private final int partitionSize;

    ManifestRangePartitioner(Path manifest, int partitionSize) {
        this.manifest = manifest;
        this.partitionSize = Math.max(1, partitionSize);
    }

    /** Ignores the grid size: the number of partitions follows from the manifest and the partition size. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long lines = lines();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int i = 0;
        for (long first = 0; first < lines || (lines == 0 && i == 0); first += partitionSize, i++) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FIRST_LINE, first);
            context.putLong(END_LINE, Math.min(lines, first + partitionSize));
            partitions.put(name(i), context);
        }
        return partitions;
    }

    /** The partitions' names, in manifest order. */
    List<String> names() {
        List<String> names = new ArrayList<>(partition(0).keySet());
        return names;
    }

    static String name(int index) {
        return String.format("%s%06d", PREFIX, index);
    }

    /** The manifest's files. */
    long lines() {
        try (BufferedReader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            long n = 0;
            while (in.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's manifest " + manifest + ": " + e.getMessage(), e);
        }
    }
}
