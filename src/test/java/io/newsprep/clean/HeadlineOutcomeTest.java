package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineOutcomeTest {

    private static HeadlinePage page(List<String> lines, int bodyStart, String pageTitle, boolean fromMetadata) {
        List<LineKind> kinds = new ArrayList<>(Arrays.asList(new LineKind[lines.size()]));
        return new HeadlinePage(lines, kinds, new boolean[lines.size()], bodyStart, bodyStart, lines.size() - 1, -1,
                pageTitle, null, fromMetadata);
    }

    @Test
    void choicesAreCountedByWhatTheyGave() {
        List<String> lines = List.of("Example News", "Share (BUTTON) Close", "November 4, 2024 10:30",
                "Harbour reopens after two years of repairs", "Teaser for a story about the weather today",
                "The harbour reopens, the council said.", "Another story further down the page", "Example News",
                "Example News");
        HeadlinePage p = page(lines, 5, "Harbour reopens after two years of repairs | Example News", false);
        String gold = "Harbour Reopens After Two Years of Repairs";
        assertThat(HeadlineOutcome.of(p, gold, 3)).isEqualTo(HeadlineOutcome.EXACT);
        assertThat(HeadlineOutcome.of(p, gold, -1)).isEqualTo(HeadlineOutcome.MISSING);
        assertThat(HeadlineOutcome.of(p, gold, 0)).isEqualTo(HeadlineOutcome.SITE_NAME);
        assertThat(HeadlineOutcome.of(p, gold, 1)).isEqualTo(HeadlineOutcome.CHROME);
        assertThat(HeadlineOutcome.of(p, gold, 2)).isEqualTo(HeadlineOutcome.DATE_OR_TIME);
        assertThat(HeadlineOutcome.of(p, gold, 4)).isEqualTo(HeadlineOutcome.OTHER_LINE);
        assertThat(HeadlineOutcome.of(p, gold, 6)).isEqualTo(HeadlineOutcome.BELOW_BODY);
        assertThat(HeadlineOutcome.of(p, "Harbour reopens", 3)).isEqualTo(HeadlineOutcome.PARTIAL);
    }

    @Test
    void withoutALineASavedPageGivesItsMetadataTitle() {
        List<String> lines = List.of("Menu", "A teaser line of some length here", "Body text of the story.");
        HeadlinePage p = page(lines, 2, "Harbour reopens after repairs - Example News", true);
        assertThat(HeadlineOutcome.of(p, "Harbour reopens after repairs", -1)).isEqualTo(HeadlineOutcome.EXACT);
        assertThat(HeadlineOutcome.of(p, "Something else entirely here", -1)).isEqualTo(HeadlineOutcome.METADATA_TITLE);
    }
}
