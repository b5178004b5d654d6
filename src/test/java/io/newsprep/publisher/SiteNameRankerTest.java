package io.newsprep.publisher;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SiteNameRankerTest {

    private static final SiteNameCandidates CANDIDATES = new SiteNameCandidates();
    private static final SiteNameRanker RANKER = SiteNameRanker.shipped();
    private static final PublisherTagger TAGGER = PublisherTagger.withDefaults();
    private static final SiteNameChooser CHOOSER = new SiteNameChooser();

    private static SiteName chosen(List<String> lines) {
        Dump d = new Dump(new SourceFile(Path.of("/in/page.txt"), "page.txt"), "0", 1, "UTF-8", DumpFormat.TEXT,
                lines, PageMetadata.NONE);
        return CHOOSER.choose(d, TAGGER.identify(d));
    }

    private static Map<String, Double> features(List<String> lines, String domain, String name) {
        return CANDIDATES.of(lines, domain, null).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().features();
    }

    /** A page body of ten paragraphs, as the middle of a dump. */
    private static List<String> body() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("Paragraph " + i + " of the story tells what happened in the city council on Monday evening.");
        }
        return lines;
    }

    @Test
    void aSiteTheWholePageNamesIsChosen() {
        List<String> lines = new ArrayList<>(List.of("#Bossip RSS Feed Bossip » A story", "Bossip | Gossip for the Hardcore",
                "* Home", "* Celebs", "* Photos", "Follow Bossip", "Bossip on Twitter"));
        lines.addAll(body());
        lines.addAll(List.of("More from Bossip", "About Bossip", "Bossip ® Copyright © 2012 Moguldom Media Group. All Rights Reserved."));
        assertThat(chosen(lines)).isEqualTo(new SiteName("Bossip", "feed_title"));
        lines.set(0, "Skip to content");
        SiteName ranked = chosen(lines);
        assertThat(ranked).isEqualTo(new SiteName("Bossip", SiteNameChooser.RANKED));
    }

    @Test
    void aMenuOfManyShortLinesNamesNoSite() {
        List<String> lines = new ArrayList<>(List.of("Home", "World", "Politics", "Business", "Sport", "Culture",
                "Opinion", "Video"));
        lines.addAll(body());
        lines.addAll(List.of("Privacy", "Terms", "Contact", "Advertise"));
        assertThat(chosen(lines)).isEqualTo(SiteName.NONE);
    }

    @Test
    void theOwningCompanyOfACopyrightLineIsNoName() {
        List<String> lines = new ArrayList<>(List.of("Menu", "Search"));
        lines.addAll(body());
        lines.add("Copyright © 2019 NYP Holdings, Inc. All Rights Reserved");
        assertThat(chosen(lines)).isEqualTo(SiteName.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "© 2018 Süddeutsche Zeitung GmbH. Alle Rechte vorbehalten.; Süddeutsche Zeitung",
            "© 2019 Folha de S.Paulo. Todos os direitos reservados.; Folha de S.Paulo",
            "Copyright © 2004-2012 Le Monde SA. Tous droits réservés.; Le Monde",
            "© 2005-2019 SlashGear, All Rights Reserved.; SlashGear",
            "Copyright © 2012 Forbes.com LLC. All Rights Reserved; forbes.com",
            "© ScienceAlert Pty Ltd. All rights reserved.; ScienceAlert"})
    void copyrightHoldersWithYearsAndLegalFormsAreCandidates(String line, String holder) {
        List<String> lines = new ArrayList<>(body());
        lines.add(line);
        Map<String, Double> f = features(lines, null, holder);
        assertThat(f).containsKey("copyright").doesNotContainKey("legal");
    }

    @Test
    void aTrustedCopyrightHolderInAnotherLanguageStaysTheName() {
        List<String> lines = new ArrayList<>(List.of("Süddeutsche Zeitung", "Politik", "Wirtschaft"));
        lines.addAll(body());
        lines.add("© 2018 Süddeutsche Zeitung GmbH. Alle Rechte vorbehalten.");
        assertThat(chosen(lines).name()).isEqualTo("Süddeutsche Zeitung");
    }

    @Test
    void titleLinePartsAndCuePhrasesAreCandidates() {
        List<String> lines = new ArrayList<>(List.of("Nokia Asha 305 gallery and first impressions | Fone Arena",
                "Menu", "Follow Fone Arena", "Fone Arena on Twitter"));
        lines.addAll(body());
        Map<String, Double> f = features(lines, "fonearena.com", "Fone Arena");
        assertThat(f).containsKeys("title-end", "cue-before", "cue-after", "host-spelled", "first-line");
        assertThat(features(List.of("El Gobierno presenta los presupuestos del año — El País"), null, "El País"))
                .containsKey("title-end");
        assertThat(features(List.of("Le Monde - Le gouvernement présente son budget"), null, "Le Monde"))
                .containsKey("title-start");
    }

    @Test
    void aCueBeforeTheNameIsNoPartOfIt() {
        List<String> lines = new ArrayList<>(List.of("Join BBC Future newsletter"));
        lines.addAll(body());
        assertThat(CANDIDATES.of(lines, null, null)).extracting(SiteNameCandidates.Candidate::name)
                .contains("BBC Future").doesNotContain("Join BBC Future");
    }

    @Test
    void initialsOfTheNameSpellTheHost() {
        assertThat(features(List.of("The New York Times", "Text of the page."), "nytimes.com", "The New York Times"))
                .containsKey("host-initials");
    }

    @Test
    void aConfidentCandidateIsAcceptedAndAWeakOneIsNot() {
        Map<String, Double> w = Map.of("agree", 2.0, "accept", 0.6);
        SiteNameCandidates.Candidate strong = new SiteNameCandidates.Candidate("Strong", Map.of("agree", 2.0));
        SiteNameCandidates.Candidate weak = new SiteNameCandidates.Candidate("Weak", Map.of());
        assertThat(SiteNameRanker.accepted(List.of(strong, weak), w)).isEqualTo("Strong");
        assertThat(SiteNameRanker.accepted(List.of(weak), w)).isNull();
        assertThat(RANKER.weights()).containsKey(SiteNameRanker.ACCEPT);
    }
}
