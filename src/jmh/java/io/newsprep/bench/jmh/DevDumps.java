package io.newsprep.bench.jmh;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.PipelineFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the development dumps the microbenchmarks run on. The folder is {@code SHARED/eval-dev/dumps}, with
 * SHARED from the system property {@code newsprep.shared} (default {@code ../shared}, relative to the
 * project folder where the benchmarks are started).
 */
final class DevDumps {

    private DevDumps() {
    }

    /** The shared material: {@code eval-dev/} and {@code seeds/}. */
    static Path shared() {
        return Path.of(System.getProperty("newsprep.shared", "../shared")).toAbsolutePath();
    }

    static Path folder() {
        return shared().resolve("eval-dev/dumps");
    }

    /** The dump whose file name starts with {@code idPrefix}. */
    static SourceFile file(String idPrefix) {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(idPrefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no dump " + idPrefix + "* in " + folder));
            return SourceFile.of(folder, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dump load(String idPrefix) {
        try {
            return PipelineFactory.documentLoader().load(file(idPrefix));
        } catch (RejectedDumpException e) {
            throw new IllegalStateException("dev dump rejected: " + e.getMessage(), e);
        }
    }
}
