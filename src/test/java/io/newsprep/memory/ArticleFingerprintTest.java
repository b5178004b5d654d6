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
}
