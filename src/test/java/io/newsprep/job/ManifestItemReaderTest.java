package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpCodec;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.FileStat;
import io.newsprep.input.ManifestLine;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import io.newsprep.publisher.PublisherMethod;
import io.newsprep.publisher.PublisherTag;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The clean step's reader: the manifest in order, with what the learn step found (parsed pages, publishers)
 * handed to the processor.
 */
class ManifestItemReaderTest {

    private static final List<String> NAMES = List.of("site/a.html", "site/b.txt", "site/c.html", "site/d.txt");

    @TempDir
    Path dir;
    private Path input;
    private Path manifest;

    @BeforeEach
    void learnStepOutput() throws Exception {
        input = Files.createDirectories(dir.resolve("input/site")).getParent();
        manifest = Files.createDirectories(dir.resolve("staging")).resolve(".manifest");
        List<String> lines = new ArrayList<>();
        try (ParsedPages.Writer parsed = new ParsedPages.Writer(ParsedPages.fileOf(manifest))) {
            for (String name : NAMES) {
                Path file = Files.writeString(input.resolve(name), "content of " + name);
                lines.add(ManifestLine.encode(name));
                boolean loaded = !name.equals("site/d.txt"); // as if it could not be read
                parsed.add(FileStat.of(file), loaded ? dump(name) : null, loaded ? source(name) : null);
            }
            parsed.commit();
        }
        Files.write(manifest, lines);
    }

    private Dump dump(String name) {
        return new Dump(new SourceFile(input.resolve(name), name), "sha-" + name, 10, "UTF-8",
                name.endsWith(".html") ? DumpFormat.HTML : DumpFormat.TEXT, List.of("Parsed " + name), PageMetadata.NONE);
    }

    private static LearnedPublisher source(String name) {
        return new LearnedPublisher(new PublisherTag("example.com", "Publisher of " + name, PublisherMethod.COPYRIGHT),
                name.endsWith(".html") ? "example" : null);
    }

    private SourceFile file(String name) {
        return new SourceFile(input.resolve(name), name);
    }

    @Test
    void eachParsedPageWaitsForTheProcessorUntilItsFileChanges() throws Exception {
        ParsedPages pages = new ParsedPages(10);
        ManifestItemReader reader = new ManifestItemReader(input, manifest, pages, 1, f -> { });
        reader.open(new ExecutionContext());
        List<String> read = new ArrayList<>();
        for (CleanItem f = reader.read(); f != null; f = reader.read()) {
            read.add(f.file().relativePath());
        }
        reader.close();

        assertThat(read).containsExactlyElementsOf(NAMES);
        ParsedPages.Learned page = pages.take(file("site/a.html"), FileStat.of(input.resolve("site/a.html")));
        assertThat(page.dump().lines()).containsExactly("Parsed site/a.html");
        assertThat(page.source()).isEqualTo(source("site/a.html"));
        // a text dump is read again by the processor; only its publisher is kept
        ParsedPages.Learned text = pages.take(file("site/b.txt"), FileStat.of(input.resolve("site/b.txt")));
        assertThat(text.dump()).isNull();
        assertThat(text.source()).isEqualTo(source("site/b.txt"));
        Files.writeString(input.resolve("site/c.html"), "rewritten by the crawler in between");
        assertThat(pages.take(file("site/c.html"), FileStat.of(input.resolve("site/c.html")))).isNull();
        assertThat(pages.take(file("site/d.txt"), FileStat.of(input.resolve("site/d.txt")))).isNull();
    }

    @Test
    void aRestartPassesOverCommittedFilesWithoutHoldingTheirPages() throws Exception {
        ParsedPages pages = new ParsedPages(10);
        ExecutionContext saved = new ExecutionContext();
        saved.putInt("manifest.read.count", 2);
        ManifestItemReader reader = new ManifestItemReader(input, manifest, pages, 1, f -> { });
        reader.open(saved);
        SourceFile next = reader.read().file();
        reader.close();

        assertThat(next.relativePath()).isEqualTo("site/c.html");
        assertThat(pages.take(file("site/b.txt"), FileStat.of(input.resolve("site/b.txt")))).isNull();
        assertThat(pages.take(file("site/a.html"), FileStat.of(input.resolve("site/a.html")))).isNull();
        assertThat(pages.take(file("site/c.html"), FileStat.of(input.resolve("site/c.html")))).isNotNull();
    }

    @Test
    void withoutTheLearnStepsFileEveryFileIsStillRead() throws Exception {
        Files.delete(ParsedPages.fileOf(manifest));
        ParsedPages pages = new ParsedPages(10);
        assertThat(readAll(pages)).isEqualTo(NAMES.size());
        assertThat(pages.take(file("site/a.html"), FileStat.of(input.resolve("site/a.html")))).isNull();
    }

    @Test
    void aLearnStepsFileLeftByAnEarlierVersionIsNotReadAndEveryFileIsStillRead() throws Exception {
        // as an earlier version wrote them: no record for site/a.html, then the publisher of site/b.txt
        FileStat stat = FileStat.of(input.resolve("site/b.txt"));
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(ParsedPages.fileOf(manifest)))) {
            out.writeByte(0);
            out.writeByte(2);
            out.writeLong(stat.sizeBytes());
            out.writeLong(stat.modifiedAt());
            DumpCodec.writeString(out, "site/b.txt");
            source("site/b.txt").write(out);
        }
        ParsedPages pages = new ParsedPages(10);
        assertThat(readAll(pages)).isEqualTo(NAMES.size());
        assertThat(pages.take(file("site/b.txt"), FileStat.of(input.resolve("site/b.txt")))).isNull();
    }

    @Test
    void filesAreListedAheadInManifestOrderAndARestartListsNoneOfTheCommittedOnes() throws Exception {
        List<String> listed = new ArrayList<>();
        ManifestItemReader reader = new ManifestItemReader(input, manifest, new ParsedPages(10), 3,
                f -> listed.add(f.file().relativePath()));
        reader.open(new ExecutionContext());
        SourceFile first = reader.read().file();
        assertThat(first.relativePath()).isEqualTo("site/a.html");
        assertThat(listed).containsExactly("site/a.html", "site/b.txt", "site/c.html");
        List<String> read = new ArrayList<>(List.of(first.relativePath()));
        for (CleanItem f = reader.read(); f != null; f = reader.read()) {
            read.add(f.file().relativePath());
        }
        reader.close();
        assertThat(read).containsExactlyElementsOf(NAMES);
        assertThat(listed).containsExactlyElementsOf(NAMES);

        listed.clear();
        ExecutionContext saved = new ExecutionContext();
        saved.putInt("manifest.read.count", 2);
        ManifestItemReader restarted = new ManifestItemReader(input, manifest, new ParsedPages(10), 3,
                f -> listed.add(f.file().relativePath()));
        restarted.open(saved);
        assertThat(restarted.read().file().relativePath()).isEqualTo("site/c.html");
        restarted.close();
        assertThat(listed).containsExactly("site/c.html", "site/d.txt");
    }

    /** Reads the whole manifest with the given parsed pages; returns how many files it listed. */
    private int readAll(ParsedPages pages) throws Exception {
        ManifestItemReader reader = new ManifestItemReader(input, manifest, pages, 1, f -> { });
        reader.open(new ExecutionContext());
        int count = 0;
        while (reader.read() != null) {
            count++;
        }
        reader.close();
        return count;
    }
}
