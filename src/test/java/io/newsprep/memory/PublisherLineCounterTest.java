package io.newsprep.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherLineCounterTest {

    @Test
    void aLineCountsOncePerDocumentHoweverOftenItRepeatsThere() {
        PublisherLineCounter counter = new PublisherLineCounter(10, 100);
        counter.count("a.com", List.of("Share", "Body one.", "Share", "SHARE"));
        counter.count("a.com", List.of("Share", "Body two."));

        assertThat(counter.documents("a.com")).isEqualTo(2);
        assertThat(counter.lines("a.com")).containsEntry("share", 2).containsEntry("body one.", 1);
    }

    @Test
    void publishersAreCountedApart() {
        PublisherLineCounter counter = new PublisherLineCounter(10, 100);
        counter.count("a.com", List.of("Share"));
        counter.count("b.com", List.of("Share"));

        assertThat(counter.lines("a.com")).containsEntry("share", 1);
        assertThat(counter.lines("b.com")).containsEntry("share", 1);
        assertThat(counter.documents("c.com")).isZero();
    }

    @Test
    void publishersBeyondTheBoundAreNotCounted() {
        PublisherLineCounter counter = new PublisherLineCounter(2, 100);
        assertThat(counter.count("a.com", List.of("x"))).isTrue();
        assertThat(counter.count("b.com", List.of("x"))).isTrue();
        assertThat(counter.count("c.com", List.of("x"))).isFalse();
        assertThat(counter.count("a.com", List.of("x"))).isTrue();
        assertThat(counter.sources()).containsExactly("a.com", "b.com");
    }

    @Test
    void linesStayWithinTheBoundAndTheRecurringOnesSurvive() {
        PublisherLineCounter counter = new PublisherLineCounter(10, 50);
        for (int doc = 0; doc < 200; doc++) {
            List<String> lines = new ArrayList<>(List.of("Weekly Digest Club", "Staff picks this week"));
            for (int k = 0; k < 10; k++) {
                lines.add("headline number " + Integer.toString(doc * 10 + k, 26).replaceAll("\\d", "x"));
            }
            counter.count("a.com", lines);
        }

        assertThat(counter.lines("a.com")).hasSizeLessThanOrEqualTo(50)
                .containsEntry("weekly digest club", 200)
                .containsEntry("staff picks this week", 200);
    }

    @Test
    void theSameDocumentsInTheSameOrderGiveTheSameCounts() {
        PublisherLineCounter first = new PublisherLineCounter(10, 20);
        PublisherLineCounter second = new PublisherLineCounter(10, 20);
        for (int doc = 0; doc < 50; doc++) {
            List<String> lines = List.of("Menu", "story " + (char) ('a' + doc % 26) + (char) ('a' + doc / 26), "Share");
            first.count("a.com", lines);
            second.count("a.com", lines);
        }
        assertThat(first.lines("a.com")).isEqualTo(second.lines("a.com"));
    }
}
