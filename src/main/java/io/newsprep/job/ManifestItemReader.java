package io.newsprep.job;

import io.newsprep.input.ManifestLine;
import io.newsprep.input.SourceFile;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's frozen manifest, one input file per item, and hands the processor the pages the learn step
 * already parsed. Its position is saved with every chunk, so a
 * restarted run continues after the last committed file.
 */
class ManifestItemReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

    private final Path inputDir;
    private final Path manifest;
    private final ParsedPages parsedPages;
    private BufferedReader lines;
    private ParsedPages.Reader parsed;

    ManifestItemReader(Path inputDir, Path manifest, ParsedPages parsedPages) {
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.manifest = manifest;
        this.parsedPages = parsedPages;
        setName("manifest");
    }

    @Override
    protected void doOpen() throws Exception {
        lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
        parsed = new ParsedPages.Reader(ParsedPages.fileOf(manifest), inputDir);
    }

    @Override
    protected SourceFile doRead() throws Exception {
        String line = lines.readLine();
        if (line == null) {
            return null;
        }
        String relative = ManifestLine.decode(line);
        parsed.next(relative, parsedPages);
        return new SourceFile(inputDir.resolve(relative), relative);
    }

    /** On a restart, passes over the files committed before, without handing their parsed pages on. */
    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex && lines.readLine() != null; i++) {
            parsed.skip();
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (lines != null) {
            lines.close();
            lines = null;
        }
        if (parsed != null) {
            parsed.close();
            parsed = null;
        }
    }
}
