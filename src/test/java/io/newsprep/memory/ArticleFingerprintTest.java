package io.newsprep.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleFingerprintTest {

    private static final List<String> PAGE = List.of("Menu", "Council approves the new harbour plan",
            "The council approved the harbour plan on Tuesday after a debate that lasted well into the night.",
            "Residents who had campaigned against the plan said they would take the matter to court next year.",
            "Views: 1,204", "Share");

    @Test
    void anotherCrawlOfTheSameArticleHasTheSameFingerprint() {
        List<String> recrawl = List.of("Menu", "Council approves the new harbour plan",
                "The council approved the harbour plan on Tuesday after a debate that lasted well into the night.",
                "Residents who had campaigned against the plan said they would take the matter to court next year.",
                "Views: 9,877", "Share", "Updated 12:31");

        assertThat(ArticleFingerprint.of("harbour.example", recrawl)).isEqualTo(ArticleFingerprint.of("harbour.example", PAGE)).hasSize(64);
    }

    @Test
    void theSameStoryAtAnotherPublisherHasAnotherFingerprint() {
        assertThat(ArticleFingerprint.of("wire.example", PAGE)).isNotEqualTo(ArticleFingerprint.of("harbour.example", PAGE));
    }

    @Test
    void anotherArticleOfTheSameSiteHasAnotherFingerprint() {
        List<String> other = List.of("Menu", "School reopens after the summer floods",
                "The primary school in the lower town reopened on Monday, two months after the floods closed it.",
                "Parents said the repairs had been done quickly and thanked the volunteers who cleared the mud.",
                "Views: 1,204", "Share");

        assertThat(ArticleFingerprint.of("harbour.example", other)).isNotEqualTo(ArticleFingerprint.of("harbour.example", PAGE));
    }

    @Test
    void storedFingerprintsStayTheSame() {
        // counts in the job repository are keyed by this value: it must not change between versions
        assertThat(ArticleFingerprint.of("harbour.example", PAGE))
                .isEqualTo("e779eea763695274ce2dc561e58425df36813ee9df4508ecac8502e1432fcfc0");
        assertThat(ArticleFingerprint.of("x.example", List.of()))
                .isEqualTo("40cf80ad8f0c094095c39e433327611351c99471d24d81968c89491558617b49");
        assertThat(ArticleFingerprint.of("x.example", List.of(" Ünïcode  ١٢٣ 45\t6 ")))
                .isEqualTo("ae141e36648b535ac21d6e04e095e6ddf51edf7955ab27aa0a113e6bc8ab82aa");
    }
}
