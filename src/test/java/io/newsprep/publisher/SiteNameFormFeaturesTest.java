package io.newsprep.publisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidates' form features that tell a site's name from a person's, a platform's or an advertisement's. */
class SiteNameFormFeaturesTest {

    private static final SiteNameCandidates CANDIDATES = new SiteNameCandidates();

    private static Map<String, Double> features(List<String> lines, String name) {
        return CANDIDATES.of(lines, null, null).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().features();
    }

    private static List<String> page(String... edges) {
        List<String> lines = new ArrayList<>(List.of(edges));
        for (int i = 0; i < 20; i++) {
            lines.add(1, "Paragraph " + i + " of the story tells what happened in the city council on Monday evening.");
        }
        return lines;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bill McKenzie|true",
            "Nancy Atkinson|true",
            "Maria José García|true",
            "Olga Ivanova|true",
            "Universe Today|false",
            "The Simple Dollar|false",
            "Nancy|false",
            "Bill McKenzie Jr Esq Blog|false",
            "BILL MCKENZIE|false"})
    void aGivenNameFirstReadsAsAPerson(String name, boolean person) {
        assertThat(SiteNameCandidates.person(name)).isEqualTo(person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "wordpress com|true",
            "blogger|true",
            "tumblr|true",
            "the detroit hustle|false",
            "word press review|false"})
    void aBloggingPlatformIsNoSiteName(String key, boolean platform) {
        assertThat(SiteNameCandidates.platform(key)).isEqualTo(platform);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "these ads|true",
            "ad choices|true",
            "publicidade|true",
            "iklan|true",
            "werbung|true",
            "реклама|true",
            "adweek|false",
            "the advocate|false"})
    void anAdvertisementsLabelIsNoSiteName(String key, boolean ad) {
        assertThat(SiteNameCandidates.adWord(key)).isEqualTo(ad);
    }

    @Test
    void theFeaturesAreSetOnTheCandidatesOfADump() {
        List<String> lines = page("About Bill McKenzie", "Blog at WordPress.com.", "About these ads",
                "Follow Russia, Where Most");
        assertThat(features(lines, "Bill McKenzie")).containsEntry("person", 1.0).doesNotContainKey("platform");
        assertThat(features(lines, "Blog at WordPress.com.")).containsEntry("platform", 1.0).doesNotContainKey("person");
        assertThat(features(lines, "these ads")).containsEntry("ad-word", 1.0);
        assertThat(features(lines, "Russia, Where Most")).containsEntry("comma", 1.0);
    }

    @Test
    void theShippedWeightsCountAgainstTheseForms() {
        Map<String, Double> w = SiteNameRanker.shippedWeights();
        for (String f : List.of("person", "platform", "ad-word", "comma")) {
            assertThat(SiteNameCandidates.FEATURES).contains(f);
            assertThat(w.get(f)).as(f).isNotNull().isNegative();
        }
    }

    @Test
    void whereTheDumpShowsANameTheCandidatesMiss() {
        List<String> lines = List.of("Headline of the story, as its site writes it", "Paragraph one.",
                "The Foundry blog of the Heritage Foundation", "Copyright © 2012 The Heritage Foundation",
                "Visit fonearena.com for more");
        assertThat(SiteNameWhere.of("Heritage Foundation", lines)).isEqualTo("in-top-line+copyright-line");
        assertThat(SiteNameWhere.of("Fone Arena", lines)).isEqualTo("joined");
        assertThat(SiteNameWhere.of("Le Monde", lines)).isEqualTo("absent");
        assertThat(SiteNameWhere.of("Libération", List.of("Titre", "Libération"))).isEqualTo("whole-top-line");
        assertThat(SiteNameWhere.of("Headline of the story", lines)).isEqualTo("title-line");
    }
}
