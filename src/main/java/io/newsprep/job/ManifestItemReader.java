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
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the run's frozen manifest, one input file per item, and hands the processor what the learn step found
 * (parsed pages, publishers). A web archive is not one item but many: its records, read from disk one by one
 * ({@link ArchiveItems}), so that they are cleaned on all workers and memory does not grow with its size. It
 * lists items up to a set number ahead of the step, each to a listener as soon as it is listed (see
 * {@link CleaningAhead}). Its position, the items it has returned, is saved with every chunk, so a restarted run
 * continues after the last committed item (in an archive, reading it again up to there).
 */
class ManifestItemReader extends AbstractItemCountingItemStreamItemReader<CleanItem> {

    /** Where the step's execution context keeps the number of files returned (the base class's key, by its name). */
    static final String POSITION = "manifest.read.count";

    private final Path inputDir;
    private final Path manifest;
    private final ParsedPages parsedPages;
    private final int ahead;
    private final Consumer<CleanItem> listed;
    private final Function<SourceFile, ArchiveItems> archives;
    private final Deque<CleanItem> listedAhead = new ArrayDeque<>();
    private BufferedReader lines;
    private ParsedPages.Reader parsed;
    /** The archive whose records are being read, or null. */
    private ArchiveItems archive;
    /** The manifest lines this reader lists: from the first (0-based) up to, not including, the end. */
    private long firstLine;
    private long endLine = Long.MAX_VALUE;
    private long lineNumber;

    /**
     * @param ahead  how many files to list before the step asks for them, the one it asks for included
     * @param listed told of each file as it is listed, in manifest order
     */
    ManifestItemReader(Path inputDir, Path manifest, ParsedPages parsedPages, int ahead, Consumer<CleanItem> listed) {
        this(inputDir, manifest, parsedPages, ahead, listed, file -> null);
    }

    /** @param archives the items of a web archive, or null for a file that is one item */
    ManifestItemReader(Path inputDir, Path manifest, ParsedPages parsedPages, int ahead, Consumer<CleanItem> listed,
                       Function<SourceFile, ArchiveItems> archives) {
        this.inputDir = inputDir.toAbsolutePath().normalize();
        this.manifest = manifest;
        this.parsedPages = parsedPages;
        this.ahead = Math.max(1, ahead);
        this.listed = listed;
        this.archives = archives;
        setName("manifest");
    }

    /** Lists only the manifest lines from {@code first} (0-based) up to, not including, {@code end}: one partition. */
    ManifestItemReader lines(long first, long end) {
        this.firstLine = first;
        this.endLine = end;
        return this;
    }

    @Override
    protected void doOpen() throws Exception {
        lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
        parsed = new ParsedPages.Reader(ParsedPages.fileOf(manifest), inputDir);
        for (lineNumber = 0; lineNumber < firstLine && lines.readLine() != null; lineNumber++) {
            parsed.skip();
        }
    }

    @Override
    protected CleanItem doRead() throws Exception {
        while (listedAhead.size() < ahead) {
            CleanItem item = nextItem(true);
            if (item == null) {
                break;
            }
            listedAhead.add(item);
            listed.accept(item);
        }
        return listedAhead.poll();
    }

    /** The next item: the current archive's next record, or the next file of the manifest; null at the end. */
    private CleanItem nextItem(boolean handOnParsedPages) throws Exception {
        while (true) {
            if (archive != null) {
                CleanItem item = archive.next();
                if (item != null) {
                    return item;
                }
                archive.close();
                archive = null;
            }
            String line = lineNumber < endLine ? lines.readLine() : null;
            if (line == null) {
                return null;
            }
            lineNumber++;
            String relative = ManifestLine.decode(line);
            if (handOnParsedPages) {
                parsed.next(relative, parsedPages);
            } else {
                parsed.skip();
            }
            SourceFile file = SourceFile.listed(inputDir, relative);
            archive = archives.apply(file);
            if (archive == null) {
                return CleanItem.file(file);
            }
        }
    }

    /** On a restart, passes over the items committed before, without handing their parsed pages on. */
    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex && nextItem(false) != null; i++) {
            // passed over
        }
    }

    @Override
    protected void doClose() throws Exception {
        listedAhead.clear();
        if (archive != null) {
            archive.close();
            archive = null;
        }
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
