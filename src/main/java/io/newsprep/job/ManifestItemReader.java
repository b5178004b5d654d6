package io.newsprep.job;

import io.newsprep.input.ManifestLine;
import io.newsprep.input.SourceFile;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's frozen manifest, one input file per item, and hands the processor what the learn step found
 * (parsed pages, publishers). It lists files up to a set number ahead of the step, each to a listener as soon as
 * it is listed (see {@link CleaningAhead}). Its position, the files it has returned, is saved with every chunk,
 * so a restarted run continues after the last committed file.
 */
class ManifestItemReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

    /** Where the step's execution context keeps the number of files returned (the base class's key, by its name). */
    static final String POSITION = "manifest.read.count";

    private final Path inputDir;
    private final Path manifest;
    private final ParsedPages parsedPages;
    private final int ahead;
    private final Consumer<SourceFile> listed;
    private final Deque<SourceFile> listedAhead = new ArrayDeque<>();
    private BufferedReader lines;
    private ParsedPages.Reader parsed;

    /**
     * @param ahead  how many files to list before the step asks for them, the one it asks for included
     * @param listed told of each file as it is listed, in manifest order
     */
    ManifestItemReader(Path inputDir, Path manifest, ParsedPages parsedPages, int ahead, Consumer<SourceFile> listed) {
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.manifest = manifest;
        this.parsedPages = parsedPages;
        this.ahead = Math.max(1, ahead);
        this.listed = listed;
        setName("manifest");
    }

    @Override
    protected void doOpen() throws Exception {
        lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
        parsed = new ParsedPages.Reader(ParsedPages.fileOf(manifest), inputDir);
    }

    @Override
    protected SourceFile doRead() throws Exception {
        while (listedAhead.size() < ahead) {
            String line = lines.readLine();
            if (line == null) {
                break;
            }
            String relative = ManifestLine.decode(line);
            parsed.next(relative, parsedPages);
            SourceFile file = SourceFile.listed(inputDir, relative);
            listedAhead.add(file);
            listed.accept(file);
        }
        return listedAhead.poll();
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
        listedAhead.clear();
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
