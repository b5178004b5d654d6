package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentThreadsTest {

    private static final String PARAGRAPH = "The harbour reopened on Monday after a winter of repairs, and the first"
            + " boats were out before dawn to make up for the lost months at sea.";
    private static final String COMMENT = "I grew up two streets from the harbour and I never thought I would see it"
            + " busy again, so thank you for writing this.";

    private static LineInput input(String... texts) {
        int n = texts.length;
        return new LineInput(List.of(texts), new String[n], new boolean[n], new double[n], false, new boolean[n],
                new boolean[n]);
    }

    @Test
    void unsureBlocksBelowCommentHeadersGoAndTheArticleStays() {
        LineInput in = input(PARAGRAPH, PARAGRAPH, PARAGRAPH, "Leave a Reply", "Maggie said:", COMMENT,
                "November 1, 2012 at 10:12 am", "Reply", "Jodi said:", COMMENT);
        boolean[] kept = {true, true, true, false, false, true, false, false, false, true};
        double[] p = {0.95, 0.97, 0.9, 0.2, 0.3, 0.45, 0.1, 0.05, 0.3, 0.5};
        assertThat(CommentThreads.dropped(in, kept, new boolean[kept.length], p))
                .containsExactly(false, false, false, false, false, true, false, false, false, true);
    }

    @Test
    void aSureParagraphOrAListBelowTheArticleStays() {
        LineInput in = input(PARAGRAPH, PARAGRAPH, PARAGRAPH, "Updated 10:12 am", "Related: 3 comments", PARAGRAPH,
                "Posted at 11:40", "* one item of a list", "* another item");
        boolean[] kept = {true, true, true, false, false, true, false, true, true};
        double[] p = {0.95, 0.97, 0.9, 0.2, 0.3, 0.85, 0.1, 0.3, 0.3};
        boolean[] units = {false, false, false, false, false, false, false, true, true};
        assertThat(CommentThreads.dropped(in, kept, units, p)).containsOnly(false);
    }

    @Test
    void oneMarkIsNoThreadAndNothingAboveTheMainBlockGoes() {
        LineInput in = input(COMMENT, "Posted at 11:40", "Reply", PARAGRAPH, PARAGRAPH, PARAGRAPH, "Filed at 9:30",
                COMMENT);
        boolean[] kept = {true, false, false, true, true, true, false, true};
        double[] p = {0.4, 0.1, 0.1, 0.95, 0.97, 0.9, 0.2, 0.45};
        assertThat(CommentThreads.dropped(in, kept, new boolean[kept.length], p)).containsOnly(false);
    }

    @Test
    void aSureBlockGoesBelowACommentPhraseButNotBelowTimesAlone() {
        LineInput in = input(PARAGRAPH, PARAGRAPH, PARAGRAPH, "Maggie said:", "November 1, 2012 at 10:12 am", COMMENT,
                "Reply", COMMENT);
        boolean[] kept = {true, true, true, false, false, true, false, true};
        double[] p = {0.95, 0.97, 0.9, 0.2, 0.1, 0.97, 0.05, 0.92};
        assertThat(CommentThreads.dropped(in, kept, new boolean[kept.length], p))
                .containsExactly(false, false, false, false, false, true, false, true);

        LineInput live = input(PARAGRAPH, PARAGRAPH, PARAGRAPH, "Updated 10:12", "11:40 am", PARAGRAPH);
        boolean[] liveKept = {true, true, true, false, false, true};
        double[] liveP = {0.95, 0.97, 0.9, 0.2, 0.1, 0.9};
        assertThat(CommentThreads.dropped(live, liveKept, new boolean[liveKept.length], liveP)).containsOnly(false);
    }

    @Test
    void aPhraseIsACommentMarkByItsWords() {
        assertThat(CommentThreads.phrase("Jodi said:")).isTrue();
        assertThat(CommentThreads.phrase("12 comments")).isTrue();
        assertThat(CommentThreads.phrase("November 1, 2012 at 10:12 am")).isFalse();
    }
}
