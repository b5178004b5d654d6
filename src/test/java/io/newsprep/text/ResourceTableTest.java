package io.newsprep.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceTableTest {

    /** Every word list and the kinds its first column may take; a misspelt kind would silently drop its rows. */
    private static final Map<String, Set<String>> KINDS = Map.of(
            "/clean/bylines.tsv", Set.of("prefix", "role", "joiner", "particle", "status", "date-opener", "label",
                    "after-date", "glued", "follow"),
            "/clean/date-labels.tsv", Set.of("label", "connector"),
            "/clean/html-hints.tsv", Set.of("chrome", "content", "date-meta", "article-type", "other-texts"),
            "/clean/publisher-words.tsv", Set.of("not-a-name", "abbreviation", "legal", "corporate", "credit", "connector",
                    "owner", "name-before", "name-after", "agency", "platform", "ad"),
            "/clean/section-words.tsv", Set.of("breadcrumb-root", "more-in", "not-a-section", "category-cue"),
            "/dates/date-cues.tsv", Set.of("published", "updated", "caption"),
            "/clean/malay-indonesian.tsv", Set.of("ms", "id"));

    @Test
    void wordsOfAKindComeStrippedAndInFileOrder() {
        assertThat(ResourceTable.words("/clean/date-labels.tsv", "connector")).containsExactly("on", "em", "il");
        assertThat(ResourceTable.words("/clean/bylines.tsv", "prefix")).startsWith("by", "author", "authors");
    }

    @Test
    void everyRowOfTheWordListsHasAKnownKindAndAWord() {
        KINDS.forEach((resource, kinds) -> {
            for (String[] row : ResourceTable.read(resource)) {
                assertThat(row).as(resource + ": " + String.join(" | ", row)).hasSizeGreaterThanOrEqualTo(2);
                assertThat(kinds).as(resource).contains(row[0].strip());
                assertThat(row[1].strip()).as(resource).isNotEmpty();
            }
        });
    }

    @Test
    void monthAndWeekdayNamesAreLowerCaseWithNumbers() {
        for (String resource : List.of("/text/shape-months.tsv", "/text/shape-weekdays.tsv")) {
            for (String[] row : ResourceTable.read(resource)) {
                String name = row[0].strip();
                assertThat(name).as(resource).isEqualTo(name.toLowerCase(java.util.Locale.ROOT)).hasSizeGreaterThanOrEqualTo(3);
                assertThat(Integer.parseInt(row[1].strip())).as(resource + " " + name).isPositive();
            }
        }
    }

    @Test
    void commentAndBlankLinesAreSkipped() throws IOException {
        List<String> dataLines = new ArrayList<>();
        try (InputStream in = ResourceTable.class.getResourceAsStream("/text/shape-weekdays.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    dataLines.add(line);
                }
            }
        }
        assertThat(ResourceTable.read("/text/shape-weekdays.tsv")).hasSize(dataLines.size());
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> ResourceTable.read("/clean/no-such-list.tsv"))
                .hasMessage("missing resource /clean/no-such-list.tsv");
    }
}
