package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.input.RejectReason;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The manager's same-content pass over the partitions' articles follows manifest order, across partitions. */
class ManifestOrderPlacementTest {

    private static PartitionArticle article(String address, String sha) {
        return new PartitionArticle(address, address, "id-" + address, sha, "example.com", null, new int[] {10, 12, -1, 10},
                Map.of("articles", 1L, "words", 7L));
    }

    @Test
    void aCopyInALaterPartitionNamesTheFirstArticleOfTheRunAndLeavesTheReportCounts() throws Exception {
        List<List<PartitionArticle>> partitions = List.of(
                List.of(article("a.txt", "s1"), article("b.txt", "s2")),
                List.of(article("c.txt", "s2"), article("d.txt", "s3"), article("e.txt", "s2")));

        ManifestOrderPlacement.Result result = new ManifestOrderPlacement(null, 2, "run-1")
                .place(partitions.size(), partitions::get);

        assertThat(result.articles()).isEqualTo(5);
        assertThat(result.duplicates()).containsExactly("c.txt", "e.txt");
        assertThat(result.placements().get(0)).containsOnlyNulls();
        ManifestOrderPlacement.Placement c = result.placements().get(1).get(0);
        assertThat(c.duplicate().reason()).isEqualTo(RejectReason.DUPLICATE);
        assertThat(c.duplicate().message()).isEqualTo("same bytes as b.txt (article id-b.txt)");
        assertThat(result.placements().get(1).get(1)).isNull();
        assertThat(result.reportChange()).containsEntry("articles", -2L).containsEntry("words", -14L)
                .containsEntry("rejects", 2L).containsEntry("reason:duplicate", 2L);
    }
}
