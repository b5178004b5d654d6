package io.newsprep.input;

import io.newsprep.pipeline.PipelineFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes bytes to a real file and loads it with the default loader, as the loader's tests need. */
final class DumpFiles {

    private static final DumpLoader LOADER = PipelineFactory.documentLoader();

    private DumpFiles() {
    }

    static Dump load(Path dir, String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return LOADER.load(SourceFile.of(dir, f));
    }
}
