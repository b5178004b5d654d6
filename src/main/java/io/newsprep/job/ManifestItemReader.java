package io.newsprep.job;

import io.newsprep.input.ManifestLine;
import io.newsprep.input.SourceFile;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's frozen manifest, one input file per item. Its position is saved with every chunk, so a
 * restarted run continues after the last committed file.
 */
class ManifestItemReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

    private final Path inputDir;
    private final Path manifest;
    private BufferedReader lines;

    ManifestItemReader(Path inputDir, Path manifest) {
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.manifest = manifest;
        setName("manifest");
    }

    @Override
    protected void doOpen() throws Exception {
        lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
    }

    @Override
    protected SourceFile doRead() throws Exception {
        String line = lines.readLine();
        if (line == null) {
            return null;
        }
        String relative = ManifestLine.decode(line);
        return new SourceFile(inputDir.resolve(relative), relative);
    }

    @Override
    protected void doClose() throws Exception {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }
}
