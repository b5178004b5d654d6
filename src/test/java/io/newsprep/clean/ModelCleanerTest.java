package io.newsprep.clean;

import io.newsprep.model.ModelFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cleaner with the shipped line model deciding: a box inside the article goes, the article around it stays. */
class ModelCleanerTest {

    private static final String P1 = SampleParagraphs.P1;
    private static final String P2 = SampleParagraphs.P2;
    private static final String P3 = SampleParagraphs.P3;

    private final Cleaner cleaner = new Cleaner(ModelFile.shipped());

    @Test
    void aRelatedStoriesMarkerInsideTheArticleDoesNotEndIt() {
        CleanedDocument doc = cleaner.clean(TestDumps.of("Home | World | Sport | Contact", "", "Subscribe", "", P1, "",
                P2, "", "Related stories", "", "Harbour reopens after repairs", "", "Fishermen count the cost of a wet summer",
                "", P3, "", "Share this article", "", "© 2024 Example Media"), null);
        assertThat(doc.paragraphs()).contains(P2, P3).doesNotContain("Related stories", "Home | World | Sport | Contact");
        assertThat(doc.verdicts()).noneMatch(v -> v.kind() == LineKind.APPENDED);
        LineVerdict teaser = doc.verdicts().stream().filter(v -> v.text().startsWith("Harbour reopens")).findFirst().orElseThrow();
        assertThat(teaser.kept()).isFalse();
        assertThat(teaser.kind()).as("the headlines the marker announces are its box's links").isEqualTo(LineKind.NAVIGATION);
        assertThat(teaser.rule()).isEqualTo(RelatedLinksBox.RULE);
    }

    @Test
    void everyRemovedLineNamesItsRuleOrTheModelsProbability() {
        CleanedDocument doc = cleaner.clean(TestDumps.of("Home | World | Sport", "", P1, "", "Teaser headline here", "", P2),
                null);
        for (LineVerdict v : doc.removed()) {
            assertThat(v.rule()).isNotBlank();
        }
        List<String> modelRules = doc.verdicts().stream().map(LineVerdict::rule).filter(r -> r.startsWith("model:")).toList();
        assertThat(modelRules).isNotEmpty().allMatch(r -> r.matches("model:[01]\\.\\d\\d"));
    }

    @Test
    void theDefaultCleanerUsesTheShippedModelAndTheHandMadeClassifierOnlyWhenAskedFor() {
        assertThat(Cleaner.withDefaults().model()).isSameAs(ModelFile.shipped());
        assertThat(Cleaner.withoutModel().model()).isNull();
        assertThat(cleaner.model().version()).hasSize(12);
    }
}
