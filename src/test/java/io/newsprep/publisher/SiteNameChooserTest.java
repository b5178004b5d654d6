package io.newsprep.publisher;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SiteNameChooserTest {

    private static final PublisherTagger TAGGER = PublisherTagger.withDefaults();
    private static final SiteNameChooser CHOOSER = new SiteNameChooser();

    private static SiteName chosen(String... lines) {
        Dump d = new Dump(new SourceFile(Path.of("/in/page.txt"), "page.txt"), "0", 1, "UTF-8", DumpFormat.TEXT,
                List.of(lines), PageMetadata.NONE);
        return CHOOSER.choose(d, TAGGER.identify(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Delhi air pollution: The law that’s helping fuel the city’s poor air quality - Vox; Vox",
            "New York State Attorney General investigating WeWork and former CEO | VentureBeat; VentureBeat",
            "Opinion | Republicans Are Following Trump to Nowhere - The New York Times; The New York Times",
            "Nadal keeps Spain alive against Russia in Davis Cup Finals - Sportsnet.ca; Sportsnet.ca",
            "Le gouvernement présente son budget pour l'année prochaine - Le Monde; Le Monde",
            "Die Regierung stellt den Haushalt für das nächste Jahr vor | Süddeutsche Zeitung; Süddeutsche Zeitung",
            "El Gobierno presenta los presupuestos del año que viene — El País; El País",
            "정부 내년 예산안 국회 제출 - 한겨레; 한겨레",
            "Jangan Membenci Satu Kaum Secara Berlebihan | Kabar tentang Dunia Islam; Kabar tentang Dunia Islam",
            // a list of links, not a headline and its site
            "Classificação NASCAR | Autoracing | F1 | Indy | MotoGP | StockCar; null",
            // the owning company is not the site
            "Headline of the story about something - Vox Media; null",
            "Short - Vox; null",
            "A headline about the world today - read more; null",
            // a link to the previous post, not the page's title
            "« Streaming music and booze on the radio tonight | Back to Main Page; null",
            "A headline without any site name at its end; null"})
    void siteNameAtTheEndOfTheTitleLine(String titleLine, String expected) {
        SiteName name = chosen(titleLine, "", "Some text of the article.");
        assertThat(name.name()).isEqualTo(expected);
        assertThat(name.method()).isEqualTo(expected == null ? null : "page_title");
    }

    @Test
    void siteNameOnTheFeedLinksLine() {
        assertThat(chosen("#IndieWire » Feed IndieWire » Comments Feed IndieWire » A story", "", "Text."))
                .isEqualTo(new SiteName("IndieWire", "feed_title"));
        assertThat(chosen("#The Anti-June Cleaver RSS Feed The Anti-June Cleaver Atom Feed", "", "Text."))
                .isEqualTo(new SiteName("The Anti-June Cleaver", "feed_title"));
        assertThat(chosen("#RSS", "", "Text.")).isEqualTo(SiteName.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "#Kotaku - All stories Kotaku - Top stories only (fewer posts); Kotaku",
            "#Danger Room » Someone Needs to Be Elected Tonight Comments Feed Danger Room RSS Feed; Danger Room",
            "#Engadget; Engadget",
            "#The Verge - All Posts; The Verge",
            "#Le Monde.fr - Actualités Le Monde.fr - À la une; Le Monde.fr",
            "#Süddeutsche Zeitung » Politik Kommentare Feed Süddeutsche Zeitung RSS Feed; Süddeutsche Zeitung",
            // a section's feed, a button or a search box: no site name
            "#Business RSS feed Asil Nadir RSS feed Law RSS feed UK news RSS feed; null",
            "#RSS Celebrity Circuit; null",
            "#next; null",
            "#alternate alternate; null",
            "#CNET News Search Mobile Feed Latest News; null",
            "#publisher Medical Daily - Health News Headlines RSS Feed Medical Daily - Health News JSON Feed; null",
            "#Subscribe to our RSS Feed; null",
            "#A to Z BBC Help Terms of Use; null"})
    void siteNameFirstAmongTheLinkTitles(String linkLine, String expected) {
        SiteName name = chosen(linkLine, "", "A headline", "", "First paragraph of the story.");
        assertThat(name.name()).isEqualTo(expected);
        assertThat(name.method()).isEqualTo(expected == null ? null : "feed_title");
    }

    @Test
    void aLinkTitleThatExtendsTheCopyrightHolderNamesAnEditionOfTheSite() {
        assertThat(chosen("#Al Jazeera English", "", "A headline", "", "First paragraph of the story.", "",
                "© 2019 Al Jazeera. All rights reserved.")).isEqualTo(new SiteName("Al Jazeera", "copyright"));
        assertThat(chosen("#Desiring God Blog RSS Feed Desiring God Blog » A story Comments Feed", "", "A headline",
                "", "First paragraph of the story.", "", "© 2012 Desiring God. All rights reserved."))
                .isEqualTo(new SiteName("Desiring God", "copyright"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "© 2005-2019 SlashGear, All Rights Reserved.; SlashGear",
            "Copyright © 2019 The Paradigm. All Rights Reserved.; The Paradigm",
            "© ScienceAlert Pty Ltd. All rights reserved.; ScienceAlert",
            "Copyright © 2019 CityAM. Limited; CityAM",
            "&copy 2012 Bit Rebels. All rights reserved.; Bit Rebels",
            "© 2019 Folha de S.Paulo. Todos os direitos reservados.; Folha de S.Paulo",
            "© 2018 Süddeutsche Zeitung GmbH. Alle Rechte vorbehalten.; Süddeutsche Zeitung",
            "Vox Media Advertise with us Jobs @ Vox Media © 2019 Vox Media, LLC. All Rights Reserved; null",
            "Copyright © 2019 NYP Holdings, Inc. All Rights Reserved; null",
            "© 2012 Telegraph Media Group Limited; null",
            "© 2019 individual contributors. All rights reserved.; null",
            "Designed by Gray Digital Media © 2019; null"})
    void copyrightHolderThatIsTheSite(String copyrightLine, String expected) {
        String holder = expected == null ? "Vox Media NYP Holdings Telegraph Media Group individual contributors"
                : expected;
        SiteName name = chosen("A headline", "", "Subscribe to " + holder, "First paragraph of the story.",
                "Second paragraph.", "Third paragraph.", "", copyrightLine);
        assertThat(name.name()).isEqualTo(expected);
        assertThat(name.method()).isEqualTo(expected == null ? null : "copyright");
    }

    @Test
    void aCopyrightHolderThatNoOtherLineNamesIsNoSiteName() {
        assertThat(chosen("A headline", "", "First paragraph of the story.", "Second paragraph.",
                "Third paragraph.", "", "© 2012 Waddell Ltd. All rights reserved.")).isEqualTo(SiteName.NONE);
    }

    @Test
    void aNewsAgencysCopyrightUnderTheStoryIsNoSiteName() {
        assertThat(chosen("A headline", "", "Subscribe to Example Science", "WASHINGTON (Reuters) - First paragraph.",
                "Second paragraph.", "Reuters", "", "© Reuters")).isEqualTo(SiteName.NONE);
        assertThat(SiteNameChooser.agency("The Associated Press")).isTrue();
        assertThat(SiteNameChooser.agency("Reuters Institute Journal")).isFalse();
    }

    @Test
    void thePagesOwnTagsComeFirst() {
        PageMetadata m = new PageMetadata("https://www.wsj.com/articles/x", "Headline", null, List.of(), null,
                "Wall Street Journal");
        Dump d = new Dump(new SourceFile(Path.of("/in/a.html"), "a.html"), "0", 1, "UTF-8", DumpFormat.HTML,
                List.of("Headline - WSJ", "© 2019 Dow Jones & Company, Inc."), m);
        assertThat(CHOOSER.choose(d, TAGGER.identify(d))).isEqualTo(new SiteName("Wall Street Journal", "html_meta"));
    }

    private static final Map<String, Double> WEIGHTS = Map.of("copyright", 1.0, "copyright-brand", 1.0,
            "most-mentioned", 1.5, "top-line", 1.5, "accept", 0.99);

    private static SiteNameCandidates.Candidate candidate(String name, String... features) {
        Map<String, Double> f = new TreeMap<>();
        for (String x : features) {
            f.put(x, 1.0);
        }
        return new SiteNameCandidates.Candidate(name, f);
    }

    @Test
    void aCopyrightHolderRankedFirstOrSecondIsTheName() {
        assertThat(SiteNameChooser.choose(List.of(candidate("Bit Rebels", "copyright")), "Bit Rebels", WEIGHTS))
                .isEqualTo(new SiteName("Bit Rebels", "copyright"));
        assertThat(SiteNameChooser.choose(List.of(candidate("Technology Blog", "top-line"),
                candidate("Digital Inspiration", "copyright")), "Digital Inspiration", WEIGHTS))
                .isEqualTo(new SiteName("Digital Inspiration", "copyright"));
        // the name above it shares a word with it: another spelling of the same site
        assertThat(SiteNameChooser.choose(List.of(candidate("Seattle Times", "most-mentioned"),
                candidate("The Seattle Times", "copyright")), "The Seattle Times", WEIGHTS))
                .isEqualTo(new SiteName("The Seattle Times", "copyright"));
    }

    @Test
    void aBrandLineTheCompanyHolderGaveWayToIsNoName() {
        assertThat(SiteNameChooser.choose(List.of(candidate("CBS Evening News", "copyright-brand"),
                candidate("CBS Interactive", "owner")), "CBS Evening News", WEIGHTS)).isEqualTo(SiteName.NONE);
    }

    @Test
    void aHolderOutnamedByTheNameAboveItIsTheCompanyBehindTheSite() {
        assertThat(SiteNameChooser.choose(List.of(candidate("Ars", "most-mentioned"), candidate("Condé Nast", "copyright")),
                "Condé Nast", WEIGHTS)).isEqualTo(SiteName.NONE);
        // an owning company named most often does not count against the holder
        assertThat(SiteNameChooser.choose(List.of(candidate("High Gear Media", "most-mentioned", "owner"),
                candidate("The Car Connection", "copyright")), "The Car Connection", WEIGHTS))
                .isEqualTo(new SiteName("The Car Connection", "copyright"));
    }

    @Test
    void aOneWordHolderThatOtherNamesEndWithIsAFamilyName() {
        assertThat(SiteNameChooser.choose(List.of(candidate("Sugar", "copyright"), candidate("BellaSugar", "top-line")),
                "Sugar", WEIGHTS)).isEqualTo(SiteName.NONE);
        assertThat(SiteNameChooser.familyName("sugar", List.of(candidate("Sugar Daily", "top-line")))).isFalse();
        assertThat(SiteNameChooser.familyName("sugar", List.of(candidate("Brownsugar", "top-line")))).isFalse();
    }

    @Test
    void aCoinedOneWordBrandHoldingTheCopyrightIsTheNameWhereverTheRankerPutsIt() {
        assertThat(SiteNameChooser.choose(List.of(candidate("Space News", "most-mentioned"),
                candidate("Lunar Base", "top-line"), candidate("ScienceAlert", "copyright")), "ScienceAlert", WEIGHTS))
                .isEqualTo(new SiteName("ScienceAlert", "copyright"));
        assertThat(SiteNameChooser.joinedBrand("BuzzFeed")).isTrue();
        assertThat(SiteNameChooser.joinedBrand("GigaOM")).isTrue();
        assertThat(SiteNameChooser.joinedBrand("MeinKiez")).isTrue();
        // words, a plain word, capitals alone or an owning company's name are no coined brand
        assertThat(SiteNameChooser.joinedBrand("Condé Nast")).isFalse();
        assertThat(SiteNameChooser.joinedBrand("Zillow")).isFalse();
        assertThat(SiteNameChooser.joinedBrand("AOL")).isFalse();
        assertThat(SiteNameChooser.joinedBrand("MediaGroup")).isFalse();
        assertThat(SiteNameChooser.choose(List.of(candidate("Ars", "most-mentioned"), candidate("Condé Nast", "copyright")),
                "Condé Nast", WEIGHTS)).isEqualTo(SiteName.NONE);
    }
}
