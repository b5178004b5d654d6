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
    void aRecipesListsBelowTheTextStayWholeAndAListOfRelatedLinksGoes() {
        List<String> ingredients = List.of("* 8 ripe pears, cored and peeled", "* 1 lemon, or a quarter cup of lemon juice",
                "* 6 tbsp fruit pectin powder", "* 1 tsp ground ginger");
        List<String> steps = List.of("1. Fill the canner with water and set it to simmer.",
                "2. Core, peel and cube the pears and put them in a pot.", "3. Boil until thick enough to stick to the spoon.");
        List<String> lines = new java.util.ArrayList<>(List.of("Home | World | Sport | Contact", "", P1, "", P2, "",
                "Ingredients", ""));
        lines.addAll(ingredients);
        lines.addAll(List.of("", "Instructions", ""));
        lines.addAll(steps);
        lines.addAll(List.of("", "Related stories", "", "* Harbour reopens after the winter repairs",
                "* Fishermen count the cost of a wet summer", "* The town council votes on a new budget", "",
                "© 2024 Example Media"));
        CleanedDocument doc = cleaner.clean(TestDumps.of(lines.toArray(String[]::new)), null);
        List<String> kept = doc.verdicts().stream().filter(LineVerdict::kept).map(LineVerdict::text).toList();
        assertThat(kept).contains(P1, P2).containsAll(ingredients).containsAll(steps)
                .doesNotContain("* Harbour reopens after the winter repairs", "Home | World | Sport | Contact");
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
