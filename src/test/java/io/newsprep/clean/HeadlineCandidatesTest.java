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
}
