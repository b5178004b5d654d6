package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineCandidatesTest {

    private static final String P = "The regional government said on Tuesday that the harbour would reopen to ships next "
            + "month, after two years of repairs that cost far more than the council had planned at the start.";

    private static HeadlinePage page(List<String> lines, int bodyStart, String pageTitle) {
        List<LineKind> kinds = new ArrayList<>(Arrays.asList(new LineKind[lines.size()]));
        return new HeadlinePage(lines, kinds, new boolean[lines.size()], bodyStart, bodyStart, lines.size() - 1, -1,
                pageTitle, null, false);
    }

    @Test
    void aButtonOrALineEndingInABylineIsNoCandidate() {
        HeadlinePage p = page(List.of("Harbour reopens after two years", "Jane SmithBy\u00a0Jane Smith, Staff Writer",
                "Share (BUTTON) Close extra sharing options", P), 3, null);
        assertThat(HeadlineCandidates.of(p)).containsExactly(0);
    }

    @Test
    void aLineOfTheBodyThatIsPartOfThePageTitleIsACandidate() {
        HeadlinePage p = page(List.of("Seth's Blog: Yesterday's over", "Menu", P, "Yesterday's over", P), 2,
                "Seth's Blog: Yesterday's over");
        assertThat(HeadlineCandidates.of(p)).contains(3);
        assertThat(HeadlineCandidates.partOfTitle("over", "seth s blog yesterday s over")).isFalse();
        assertThat(HeadlineCandidates.partOfTitle("blog yesterday", "seth s blog yesterday s over")).isFalse();
        assertThat(HeadlineCandidates.partOfTitle("s blog yesterday", "seth s blog yesterday s over")).isTrue();
    }

    @Test
    void aHeadingLikeLineAmongTheBodysFirstLinesIsACandidateAParagraphOrALineFurtherDownIsNot() {
        List<String> lines = new ArrayList<>(List.of("Menu", "Welcome to the harbour blog, where we write about ships",
                "Harbour reopens after two years", P, P));
        for (int k = 0; k < HeadlineCandidates.BELOW_BODY; k++) {
            lines.add(P);
        }
        lines.add("A heading far down in the article");
        HeadlinePage p = page(lines, 1, null);
        List<Integer> candidates = HeadlineCandidates.of(p);
        assertThat(candidates).contains(0, 1, 2);
        assertThat(candidates).doesNotContain(3, 4, lines.size() - 1);
    }

    @Test
    void onlyAHeadingsShapeCountsBelowTheBodysStart() {
        assertThat(HeadlineCandidates.headingShaped("Harbour reopens after two years", 5)).isTrue();
        assertThat(HeadlineCandidates.headingShaped("“Why we sail”: a reply", 5)).isTrue();
        assertThat(HeadlineCandidates.headingShaped("港の再開", 4)).isTrue();
        // a sentence continued from the line above, a list item, two sentences, a label, an ellipsis
        assertThat(HeadlineCandidates.headingShaped("reopened the harbour after two years", 6)).isFalse();
        assertThat(HeadlineCandidates.headingShaped("• Harbour reopens", 2)).isFalse();
        assertThat(HeadlineCandidates.headingShaped("See a sample reprint. Order a reprint now", 8)).isFalse();
        assertThat(HeadlineCandidates.headingShaped("Labels: harbour, ships, council", 4)).isTrue();
        assertThat(HeadlineCandidates.headingShaped("Read more about the harbour:", 5)).isFalse();
        assertThat(HeadlineCandidates.headingShaped("From vision to harbour…", 4)).isFalse();
        assertThat(HeadlineCandidates.headingShaped("Harbour", 1)).isFalse();
    }
}
