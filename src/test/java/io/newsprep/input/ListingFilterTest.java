package io.newsprep.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingFilterTest {

    @TempDir
    Path root;

    @Test
    void aGlobWithoutASlashMatchesNamesAtAnyDepthAndALeadingDoubleStarAlsoTheTop() {
        assertThat(PathGlob.of("*.txt").matches(Path.of("a/b/c.txt"))).isTrue();
        assertThat(PathGlob.of("*.txt").matches(Path.of("c.txt"))).isTrue();
        assertThat(PathGlob.of("**/*.html").matches(Path.of("a.html"))).isTrue();
        assertThat(PathGlob.of("**/*.html").matches(Path.of("x/y/a.html"))).isTrue();
        assertThat(PathGlob.of("asiae/**").matches(Path.of("asiae/2026/a.txt"))).isTrue();
        assertThat(PathGlob.of("asiae/**").matches(Path.of("other/asiae/a.txt"))).isFalse();
        assertThat(PathGlob.of("drafts/").matches(Path.of("x/drafts"))).isTrue();
    }

    @Test
    void theDefaultExclusionsLeaveOutWhatIsNotADumpAndTheOutputFolderIsLeftOutByItsRealPath() throws Exception {
        for (String file : List.of("a.txt", "b.html", "feed.jsonl", "README.md", "expected.json", "notes.csv",
                ".DS_Store", ".git/config", "site/.cache/x.txt", "site/c.txt.gz", "drafts/d.txt", "out/runs/x/a.jsonl")) {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Path alias = Files.createSymbolicLink(root.resolveSibling(root.getFileName() + "-alias"), root);
        try {
            List<String> listed = new ArrayList<>();
            InputScanner.Counts counts = new InputScanner(root, List.of(alias.resolve("out")),
                    new ListingFilter(null, new InputSelection(List.of("drafts"), true, false)))
                    .scan(f -> listed.add(f.relativePath()), w -> { });

            assertThat(listed).containsExactly("a.txt", "b.html", "feed.jsonl", "site/c.txt.gz");
            assertThat(counts.excluded()).isEqualTo(7);

            List<String> everything = new ArrayList<>();
            new InputScanner(alias, List.of(root.resolve("out")), ListingFilter.everything())
                    .scan(f -> everything.add(f.relativePath()), w -> { });
            assertThat(everything).hasSize(11).doesNotContain("out/runs/x/a.jsonl");
        } finally {
            Files.delete(alias);
        }
    }
}
