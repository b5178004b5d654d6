package io.newsprep.clean;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionChooserTest {

    private static final SectionChooser CHOOSER = new SectionChooser();

    /** The lines of a page whose headline is the line "HEADLINE" (replaced by the given headline). */
    private static SectionChooser.Choice choose(String headline, String site, String... lines) {
        List<String> texts = new ArrayList<>();
        int title = -1;
        for (String l : lines) {
            if (l.equals("HEADLINE")) {
                title = texts.size();
                texts.add(headline);
            } else {
                texts.add(l);
            }
        }
        return CHOOSER.choose(texts, title, site);
    }

    @Test
    void itemBeforeTheHeadlineInABreadcrumbTrail() {
        assertThat(choose("Uma palinha das brincadeiras musicais", null, "Como Educar Seus Filhos", "Baixe agora",
                "• Início", "• Alfabetização", "• Uma palinha das brincadeiras musicais", "HEADLINE",
                "Carlos Nadalim 27/09/2018", "Texto do artigo."))
                .isEqualTo(new SectionChooser.Choice("Alfabetização", "breadcrumb"));
        assertThat(choose("Beijing tariff demands may expand US-China trade deal", null, "Deccan Herald", "Menu",
                "* Home", "* Business", "* Economy & Business", "* Beijing tariff demands may expand US-China trade deal",
                "HEADLINE", "Text of the story."))
                .isEqualTo(new SectionChooser.Choice("Economy & Business", "breadcrumb"));
        assertThat(choose("Die Regierung stellt den Haushalt vor", null, "Zeitung", "Anmelden",
                "• Startseite", "• Politik", "• Die Regierung stellt den Haushalt vor", "HEADLINE", "Text."))
                .isEqualTo(new SectionChooser.Choice("Politik", "breadcrumb"));
    }

    @Test
    void lastItemOfATrailJoinedByArrowsFromTheHomePage() {
        assertThat(choose("Un troisième Français mort dans le séisme au Népal", null, "Libération", "Connexion",
                "* Accueil ›", "* Monde", "HEADLINE", "AFP 30 avril 2015 à 07:19", "Texte de l'article."))
                .isEqualTo(new SectionChooser.Choice("Monde", "breadcrumb"));
        assertThat(choose("Budget talks stall again", null, "Daily Paper", "Sign in",
                "• Home »", "• News »", "• Politics", "HEADLINE", "By Jane Doe", "Text of the story."))
                .isEqualTo(new SectionChooser.Choice("Politics", "breadcrumb"));
        assertThat(choose("Die Regierung stellt den Haushalt vor", null, "Zeitung", "Anmelden",
                "• Startseite >", "• Wirtschaft", "HEADLINE", "Text."))
                .isEqualTo(new SectionChooser.Choice("Wirtschaft", "breadcrumb"));
        assertThat(choose("Governo anuncia novo pacote", null, "Jornal", "Entrar",
                "* Início ›", "* Economia", "HEADLINE", "Texto."))
                .isEqualTo(new SectionChooser.Choice("Economia", "breadcrumb"));
    }

    @Test
    void aTrailWithoutArrowsOrWithoutTheHomePageGivesNone() {
        // a menu that starts at the home page and runs into the headline: no arrows, no trail
        assertThat(choose("Budget talks stall again", null, "Daily Paper", "Sign in",
                "• Home", "• News", "• Sport", "• Weather", "HEADLINE", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // arrows, but the trail does not start at the home page
        assertThat(choose("Budget talks stall again", null, "Daily Paper", "Sign in",
                "• Archive ›", "• Politics", "HEADLINE", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // the trail's end is the home page itself, or is no label
        assertThat(choose("Budget talks stall again", null, "Daily Paper", "Sign in",
                "• Accueil ›", "• Accueil", "HEADLINE", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("Budget talks stall again", null, "Daily Paper", "Sign in",
                "• Home ›", "• 12 things we learned this week", "HEADLINE", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void aMenuOfManySectionsAboveTheHeadlineGivesNone() {
        assertThat(choose("Lawan moves motion for Senate adjournment", null, "The Paradigm", "Search",
                "• News", "• Business", "• Lifestyle", "• Entertainment", "• Politics", "• Opinions", "• Sport",
                "HEADLINE", "October 9, 2018", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // a trail that does not start at the home page is just a menu
        assertThat(choose("A headline of the story", null, "Site", "Search", "• News", "• Business",
                "• A headline of the story", "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void labelAboveTheHeadlineThatThePageListsAsASection() {
        assertThat(choose("Zach Parise heating up, scores twice", "Twin Cities", "Twin Cities", "Search", "Menu",
                "* News", "* Sports", "* Minnesota Wild", "Sports", "Minnesota Wild", "HEADLINE", "Share this:",
                "Text of the story."))
                .isEqualTo(new SectionChooser.Choice("Minnesota Wild", "label"));
        assertThat(choose("Le gouvernement présente son budget", "Le Journal", "Le Journal", "Rechercher",
                "* Politique", "* Économie", "* Culture", "Économie", "HEADLINE", "Texte de l'article."))
                .isEqualTo(new SectionChooser.Choice("Économie", "label"));
    }

    @Test
    void aPageThatStartsWithItsLabelAndHeadline() {
        assertThat(choose("North Korean Troops Engage in First Combat", null, "World", "HEADLINE", "2024-11-04",
                "Text of the story."))
                .isEqualTo(new SectionChooser.Choice("World", "label"));
    }

    @Test
    void aLoneLineAboveTheHeadlineOrPageFurnitureGivesNone() {
        assertThat(choose("Video shows dramatic rescue", "CBS News", "CBS News", "* U.S.", "* World",
                "Live", "Watch CBSN Live", "HEADLINE", "Text of the story."))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("Jangan Membenci Satu Kaum", null, "Kabar", "* Iklan", "* Berita", "* Dunia",
                "Iklan", "HEADLINE", "Teks."))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("Chinese hunter catches plague", null, "New York Post", "* Copy", "* News",
                "Copy", "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // the site's own name above the headline is no section
        assertThat(choose("WeWork investigated", "Entrepreneur", "Menu", "Search", "* Entrepreneur", "* Jobs",
                "Entrepreneur", "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void aCreditOrADomainIsNoLabel() {
        assertThat(SectionChooser.labelLike("Photo: Jane Doe, AP")).isFalse();
        assertThat(SectionChooser.labelLike("Jane Doe, Reuters")).isFalse();
        assertThat(SectionChooser.labelLike("TheHill.com")).isFalse();
        assertThat(SectionChooser.labelLike("Le Monde.fr")).isFalse();
        assertThat(SectionChooser.labelLike("Science & Health")).isTrue();
        assertThat(SectionChooser.labelLike("Company Town")).isTrue();
    }

    @Test
    void theOneSectionThatMoreInLinksName() {
        assertThat(choose("A headline of the story", "Site", "Site", "HEADLINE", "Text of the story.",
                "Business", "More in Business »", "Other story"))
                .isEqualTo(new SectionChooser.Choice("Business", "more_in"));
        assertThat(choose("A headline of the story", "Site", "Site", "HEADLINE", "Text of the story.",
                "Business", "Politics", "More in Business", "More in Politics"))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("Un titular de la noticia", "Sitio", "Sitio", "HEADLINE", "Texto.", "Deportes",
                "Más en Deportes"))
                .isEqualTo(new SectionChooser.Choice("Deportes", "more_in"));
    }

    @Test
    void theFirstCategoryOfAPostedInLineUnderTheHeadline() {
        assertCategory("The wild story of a song",
                "This Article is related to: Awards and tagged Consider This, Jessie Buckley", "Awards");
        assertCategory("A post about houses", "Posted in Middle East, Politics, Quick Takes", "Middle East");
        assertCategory("Uma nova receita", "Publicado em Culinária, Doces", "Culinária");
        assertCategory("Ein neuer Beitrag", "Kategorie: Politik | 3 Kommentare", "Politik");
        assertCategory("Ein neuer Beitrag", "Kategorie: Politik - 3 Kommentare", "Politik");
        assertCategory("Новая статья", "Рубрика: Экономика", "Экономика");
        assertCategory("A post", "Filed under: Travel | 48 Comments »", "Travel");
        assertCategory("A post", "Posted in Productivity November 12, 2012", "Productivity");
        assertCategory("A post", "Posted in Design Comments Off", "Design");
    }

    private static void assertCategory(String headline, String categoryLine, String section) {
        assertThat(choose(headline, "Blog", "Blog", "HEADLINE", "Text.", categoryLine))
                .isEqualTo(new SectionChooser.Choice(section, "category"));
    }

    @Test
    void tagsInLowerCaseAPostedInAboveTheHeadlineOrNoCueGiveNoCategory() {
        // lower-case tags are no section
        assertThat(choose("Chinese hunter catches plague", "Post", "Post", "HEADLINE", "Text.",
                "Filed under: china, illnesses, plague"))
                .isEqualTo(SectionChooser.Choice.NONE);
        // a sidebar of other posts above the headline
        assertThat(choose("A post", "Blog", "Blog", "Posted in Recipes", "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // "Category Cloud" is a widget's heading, not "Category:" and a value
        assertThat(choose("A post", "Blog", "Blog", "HEADLINE", "Text.", "Category Cloud"))
                .isEqualTo(SectionChooser.Choice.NONE);
        // a date right after the cue names no category
        assertThat(choose("A post", "Blog", "Blog", "HEADLINE", "Text.", "Posted in 2012 by Jane"))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void aDottedAbbreviationIsALabel() {
        assertThat(SectionChooser.labelLike("U.S.")).isTrue();
        assertThat(SectionChooser.labelLike("U.K.")).isTrue();
        assertThat(SectionChooser.labelLike("Read more.")).isFalse();
        assertThat(choose("Video shows dramatic rescue", "CBS News", "CBS News", "HEADLINE", "Text of the story.",
                "U.S.", "More in U.S."))
                .isEqualTo(new SectionChooser.Choice("U.S.", "more_in"));
    }

    @Test
    void theFirstOfTheMenuItemsThatEndTheBylineLine() {
        assertThat(choose("Bike and style book review", "Bikes", "Bikes", "+ All", "+ Books", "* Kit Reviews",
                "+ News", "HEADLINE", "", "21/06/2014 Tony Carter All, Books, Kit Reviews, News", "Text."))
                .isEqualTo(new SectionChooser.Choice("All", "category"));
        assertThat(choose("Como educar seus filhos", "Blog", "Blog", "• Alfabetização", "• Brinquedos e Brincadeiras",
                "• Música", "HEADLINE", "Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música",
                "Texto."))
                .isEqualTo(new SectionChooser.Choice("Alfabetização", "category"));
        assertThat(choose("Un nouvel article", "Blog", "Blog", "* Vie pratique", "* Cuisine", "HEADLINE",
                "Par Marie Dupont, 3 mars 2019 Vie pratique, Cuisine", "Texte."))
                .isEqualTo(new SectionChooser.Choice("Vie pratique", "category"));
    }

    @Test
    void aListWhoseItemsAreNoMenuItemsOrThatStandsFarBelowGivesNone() {
        // words of a sentence, not the page's menu items
        assertThat(choose("A headline", "Site", "Site", "* Politics", "HEADLINE",
                "By Jane Doe 2019 Politics, Paris, London", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // a list without the byline or date before it
        assertThat(choose("A headline", "Site", "Site", "* Politics", "* World", "HEADLINE", "Politics, World",
                "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // four lines of text under the headline: the list belongs to something else
        assertThat(choose("A headline", "Site", "Site", "* Politics", "* World", "HEADLINE", "One.", "Two.",
                "Three.", "Jane Doe 2019 Politics, World"))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void theSectionOfAMostReadList() {
        assertThat(choose("A headline of the story", "CBS News", "CBS News", "World", "HEADLINE", "Text.",
                "Popular Now in World"))
                .isEqualTo(new SectionChooser.Choice("World", "more_in"));
        assertThat(choose("Tite diz que errou", "Folha", "Folha", "Esporte", "HEADLINE", "Texto.",
                "Mais lidas em Esporte"))
                .isEqualTo(new SectionChooser.Choice("Esporte", "more_in"));
        // the section must stand on a line of its own too
        assertThat(choose("A headline of the story", "CBS News", "CBS News", "HEADLINE", "Text.",
                "Popular Now in National"))
                .isEqualTo(SectionChooser.Choice.NONE);
    }

    @Test
    void theDeepestSectionOfAShortTrailAboveTheHeadline() {
        assertThat(choose("Venice cruise liner row escalates", "The Guardian", "The Guardian", "• News", "• World news",
                "• Business", "", "• News", "• World news", "• Italy", "", "HEADLINE", "Text.", "World news", "• Italy"))
                .isEqualTo(new SectionChooser.Choice("World news", "breadcrumb"));
        assertThat(choose("So many ways to play", "WSJ", "WSJ", "• Tech", "• Markets", "Tech", "", "• Tech",
                "• Personal Technology: Review", "", "HEADLINE", "Text."))
                .isEqualTo(new SectionChooser.Choice("Tech", "breadcrumb"));
        assertThat(choose("Ein Titel", "Zeitung", "Zeitung", "* Politik", "* Wirtschaft", "Werbung", "* Wirtschaft",
                "* Konjunktur", "HEADLINE", "Text.", "Wirtschaft", "* Konjunktur"))
                .isEqualTo(new SectionChooser.Choice("Wirtschaft", "breadcrumb"));
    }

    @Test
    void aLongRunOfItemsOrATrailOfItemsFoundNowhereElseGivesNone() {
        // a table of contents: every item heads a part of the page
        assertThat(choose("A headline", "Site", "Site", "Contents", "• Introduction", "• Data Inputs", "",
                "HEADLINE", "Text.", "Introduction", "Text.", "Data Inputs", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // a menu of four items runs into the headline
        assertThat(choose("A headline", "Site", "Site", "• News", "• Business", "Text", "• News", "• Business",
                "• Lifestyle", "• Sport", "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        // items the page only links (a topic), and share buttons
        assertThat(choose("A headline", "Site", "Site", "Text", "• Mortgage lending", "• Interest rates", "",
                "HEADLINE", "Text.", "• Mortgage lending", "• Interest rates"))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("A headline", "Site", "Site", "Text", "• Mortgage lending", "• Interest rates", "",
                "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
        assertThat(choose("A headline", "Site", "Site", "• Print", "• Text", "Text", "• Print", "• Text", "",
                "HEADLINE", "Text."))
                .isEqualTo(SectionChooser.Choice.NONE);
    }
}
