package io.newsprep.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BylineChooserTest {

    private final BylineParser parser = BylineParser.fromResources();
    private final AuthorNames persons = AuthorNames.fromResources();
    private final BylineChooser chooser = BylineChooser.fromResources();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | By Jane Doe | Jane Doe",
            "es | Por María García | María García",
            "pt | Por João Silva e Ana Costa | João Silva;Ana Costa",
            "fr | Par Jean Dupont | Jean Dupont",
            "de | Von Hans Müller | Hans Müller",
            "it | di Marco Rossi | Marco Rossi",
            "nl | Door Jan de Vries | Jan de Vries",
            "sv | Av Anna Svensson | Anna Svensson",
            "da | Af Lars Nielsen | Lars Nielsen",
            "pl | Autor: Jan Kowalski | Jan Kowalski",
            "ru | Автор: Иван Петров | Иван Петров",
            "ja | 山田太郎 記者 | 山田太郎",
            "ko | 홍길동 기자 | 홍길동",
            "ar | بقلم: محمد علي | محمد علي",
            "hi | लेखक: राहुल शर्मा | राहुल शर्मा",
            "id | Oleh Budi Santoso | Budi Santoso",
            "cs | Autor: Aleš Vávra | Aleš Vávra",
            "tr | Yazar: Ahmet Yılmaz | Ahmet Yılmaz",
            "vi | Tác giả: Nguyễn Văn An | Nguyễn Văn An",
            "fr | Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42 | Alexandre Hervaud;Jérémy Piette",
            "nl | Geplaatst door Pieter van den Berg | Pieter van den Berg",
            "de | Gepostet von Anna Schmidt | Anna Schmidt",
            "tr | Yazar: Ahmet Yılmaz ve Ayşe Demir | Ahmet Yılmaz;Ayşe Demir",
            "fi | Kirjoittaja: Matti Virtanen ja Anna Korhonen | Matti Virtanen;Anna Korhonen",
            "hu | Szerző: Nagy Péter és Kovács Anna | Nagy Péter;Kovács Anna",
            "ro | Autor: Andrei Popescu și Maria Ionescu | Andrei Popescu;Maria Ionescu",
            "uk | Автор: Олена Шевченко та Іван Коваль | Олена Шевченко;Іван Коваль",
            "el | Συντάκτης: Γιώργος Παπαδόπουλος και Μαρία Νικολάου | Γιώργος Παπαδόπουλος;Μαρία Νικολάου",
            "ja | 山田太郎、鈴木花子 記者 | 山田太郎;鈴木花子",
    })
    void readsBylinesInManyLanguages(String language, String line, String expected) {
        assertThat(persons.persons(parser.authors(line))).as(language).containsExactly(expected.split(";"));
    }

    @Test
    void authorsArePersonsWithoutRolesAgenciesOrEmail() {
        assertThat(persons.persons(parser.authors("By TOM KRISHER, AP Auto Writer"))).containsExactly("Tom Krisher");
        assertThat(persons.persons(parser.authors("By Bill Hoppe | bhoppe@scng.com | Daily News")))
                .containsExactly("Bill Hoppe");
        assertThat(chooser.split("Victor Tangermann, Futurism")).first().isEqualTo("Victor Tangermann");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Written by Philip Proefrock on 24/10/12 | Philip Proefrock",
            "By Brantley Hargrove Thu., Aug. 9 2012 at 1:00 PM | Brantley Hargrove",
            "By Seth Roberts at 1:12 pm Thursday, Aug 9 | Seth Roberts",
            "• By David Kravets | David Kravets",
            "// By Arun Sai Krishnan • Nov 11, 2020 | Arun Sai Krishnan",
            "Filed by Chris Greenberg | Chris Greenberg",
            "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography) | Eleanor Ainge Roy;Adrian Malloch",
            "By Howard Gleckman, with Paul Magnusson and Stan Crock, in Washington | Howard Gleckman",
            "Contact Mark Di Stefano at mark.distefano@example.com. | Mark Di Stefano",
            "By Jane Doe, Reuters | Jane Doe",
            "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project | Daniel Kahn Gillmor",
    })
    void bylinesLoseListMarksDatesTimesAsidesAndAffiliations(String line, String expected) {
        assertThat(persons.persons(parser.authors(line))).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Posted by Phil Windley on November 1, 2012 12:01 AM | Phil Windley",
            "Posted by Michael Haltman at 8:18 AM ● ● | Michael Haltman",
            "Published by Jane Doe | Jane Doe",
            "By Jane Doe Updated 5 min ago | Jane Doe",
            "From: hcunn@example.net (Hugo S. Cunningham) | Hugo S. Cunningham",
            "BY TOM KRISHER AND JANE DOE | Tom Krisher;Jane Doe",
            "POR MARÍA GARCÍA Y JUAN PÉREZ | María García;Juan Pérez",
            "VON HANS MÜLLER UND ANNA SCHMIDT | Hans Müller;Anna Schmidt",
            "BY MARIA E. LOPEZ | Maria E. Lopez",
    })
    void statusOpenersMailHeadersAndBylinesInCapitalsGiveTheirNames(String line, String expected) {
        assertThat(persons.persons(parser.authors(line))).containsExactly(expected.split(";"));
    }

    @Test
    void aMailboxNamedAfterNoPersonGivesNoAuthor() {
        assertThat(persons.persons(parser.authors("Contact: news@example.org (Newsroom)"))).isEmpty();
        assertThat(persons.persons(parser.authors("Posted by Admin on May 3, 2019"))).isEmpty();
    }

    @Test
    void aBylineGoesOnOnTheNextLineAfterAJoiner() {
        List<String> page = List.of("Carmakers show new SUVs at the auto show", "By Tom Krisher and", "Dee-Ann Durbin",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(choose(page, 0, 3, 3)).containsExactly("Tom Krisher", "Dee-Ann Durbin");
    }

    @Test
    void aCreditsBlockInsideTheBodyGivesAFarCandidateAndADateLineBesideABareNameCounts() {
        List<String> page = new ArrayList<>(List.of("Keeping an eye on Central America"));
        for (int i = 0; i < 8; i++) {
            page.add("A paragraph of the story that has enough words to read as a paragraph of the body " + i);
        }
        page.addAll(List.of("Credits & Contacts", "Author: Patrick L. Barry", "Responsible official: John M. Horack"));
        page.add("The last paragraph of the page that has enough words to read as a paragraph of the body.");
        BylineChooser.Page p = page(page, 0, 1, page.size() - 1);
        assertThat(chooser.candidates(p)).singleElement().satisfies(c -> {
            assertThat(c.names()).containsExactly("Patrick L. Barry");
            assertThat(c.features()).containsKeys("cue", "far");
        });
        List<String> dated = List.of("Borderlands developers are getting stiffed on bonuses", "Mama Robotnik",
                "9/11/13 10:00AM",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(chooser.candidates(page(dated, 0, 3, 3))).singleElement()
                .satisfies(c -> assertThat(c.features()).containsKey("with-date"));
    }

    @Test
    void agenciesAndPhrasesAreNoPersons() {
        for (String line : List.of("By Xinhua", "By AFP and Reuters", "By Agencia EFE", "Posted by Admin on May 3, 2019",
                "Browse: Home / Nokia Sells Qt to Digia, Remaining Staff to Transition")) {
            assertThat(persons.persons(parser.authors(line))).as(line).isEmpty();
        }
    }

    @Test
    void chromeWordsNeverBecomeAuthors() {
        for (String chrome : List.of("Opinion", "admin", "Cleveland.com", "Staff", "By Staff", "Ideas", "E-Mail",
                "Tweets by", "By The Associated Press", "Editorial Board", "By Admin User")) {
            assertThat(persons.persons(parser.authors(chrome))).as(chrome).isEmpty();
            assertThat(persons.person(chrome)).as(chrome).isNull();
        }
        assertThat(persons.persons(List.of("Troy L. Smith", "Cleveland.com"))).containsExactly("Troy L. Smith");
    }

    @Test
    void theArticlesOwnBylineWinsOverTheBylinesOfRelatedStories() {
        List<String> page = List.of(
                "Home | News | Business",
                "Carmakers show new SUVs at the auto show",
                "By Jane Doe, Staff Writer",
                "November 19, 2019",
                "Carmakers showed a dozen new sport utility vehicles and three electric cars at the show on Tuesday.",
                "The show opens to the public on Friday and runs for ten days in the convention centre downtown.",
                "Related stories",
                "Electric trucks are coming, slowly",
                "By John Roe",
                "Prices of used cars keep rising",
                "By Mary Major");
        assertThat(choose(page, 1, 4, 5)).containsExactly("Jane Doe");
    }

    @Test
    void aBareNameNextToADateIsABylineButABareNameAloneFarFromTheHeadlineIsNot() {
        List<String> dated = List.of("Headline of the story here", "Chris Davies - Nov 19, 2019, 10:31 pm CST",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(choose(dated, 0, 2, 2)).containsExactly("Chris Davies");
        List<String> far = new ArrayList<>(List.of("Headline of the story here"));
        for (int i = 0; i < 6; i++) {
            far.add("A paragraph of the story that has enough words to read as a paragraph of the body " + i);
        }
        far.add("Mary Major");
        far.add("Another paragraph of the story that has enough words to read as a paragraph of the body.");
        assertThat(choose(far, 0, 1, far.size() - 1)).isEmpty();
    }

    @Test
    void aNameGluedToItsAuthorBoxLinkIsReadWithoutTheLink() {
        List<String> page = List.of("Boosted sedan launched at the show", "Marcus De GuzmanView More Articles",
                "November 20, 2019 13:42",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(choose(page, 0, 3, 3)).containsExactly("Marcus De Guzman");
        List<String> cued = List.of("How to watch the eclipse online tomorrow", "* By Adam MannEmail Author",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(choose(cued, 0, 2, 2)).containsExactly("Adam Mann");
    }

    @Test
    void aBareNameOverItsFollowButtonIsTheAuthorsAndTheDateUnderTheButtonIsBesideIt() {
        List<String> page = List.of("Sign in", "Node.js and CPU profiling on production", "Vincent Vallet", "Follow",
                "Oct 18, 2019 · 8 min read",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        BylineChooser.Scored name = chooser.candidates(page(page, 1, 5, 5)).stream().filter(c -> c.line() == 2)
                .findFirst().orElseThrow();
        assertThat(name.features()).containsKeys("bare-name", "follow", "with-date");
        assertThat(choose(page, 1, 5, 5)).containsExactly("Vincent Vallet");
        // the same name over a line that is no follow button stays under the threshold
        List<String> without = List.of("Sign in", "Node.js and CPU profiling on production", "Vincent Vallet",
                "Follow us on social media",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(choose(without, 1, 4, 4)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Follow | true",
            "(BUTTON) Follow | true",
            "Laura Bassett Become a fan | true",
            "Folgen | true",
            "Suivre | true",
            "フォロー | true",
            "Follow us | false",
            "Follow: | false",
            "Mary Major Become a fan | false",
            "Laura Bassett | false",
    })
    void aFollowButtonIsAFollowWordAloneOrAfterTheSameName(String next, boolean expected) {
        assertThat(chooser.followButton(next, "Laura Bassett")).isEqualTo(expected);
    }

    @Test
    void aRelativeTimeUnderABareNameIsADateBesideIt() {
        List<String> page = List.of("West Ham hrozí gigantům, okouzlil i Linekera", "Aleš Vávra", "před 2 hodinami",
                "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná.");
        BylineChooser.Page p = page(page, 0, 3, 3);
        assertThat(chooser.candidates(p)).singleElement().satisfies(c -> assertThat(c.features()).containsKey("with-date"));
        assertThat(chooser.choose(p)).containsExactly("Aleš Vávra");
        // a relative phrase without a count is no date beside a name ("this year" in a comment)
        List<String> comment = List.of("West Ham hrozí gigantům, okouzlil i Linekera", "Aleš Vávra",
                "Yeah, that was this year.",
                "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná.");
        assertThat(chooser.candidates(page(comment, 0, 3, 3))).singleElement()
                .satisfies(c -> assertThat(c.features()).doesNotContainKey("with-date"));
    }

    @Test
    void aBylineUnderAnEarlierPrintOfTheHeadlineCounts() {
        List<String> page = new ArrayList<>(List.of("Menu", "New SUVs and electric vehicles highlight the auto show",
                "Tom Krisher, Ap Auto Writer", "Updated 1:39 am EST, Wednesday, November 20, 2019"));
        for (int i = 0; i < 30; i++) {
            page.add("Share link " + i);
        }
        page.add("New SUVs and electric vehicles highlight the auto show");
        page.add("New electric vehicles and several new small SUVs are among the new models on display this week.");
        int title = page.size() - 2;
        assertThat(choose(page, title, title + 1, title + 1)).containsExactly("Tom Krisher");
    }

    @Test
    void aBylineClosingAPostCountsWhenItsAuthorBoxNamesItsAuthor() {
        List<String> page = new ArrayList<>(List.of("Video trailer of a documentary about veterans",
                "The first paragraph of the post has enough words to read as a paragraph of the body.",
                "The second paragraph of the post has enough words to read as a paragraph of the body."));
        for (int i = 0; i < 8; i++) {
            page.add("Share link " + i);
        }
        page.add("Filed by Michael Haltman | 8:18 AM");
        page.add("Labels: veterans, documentary");
        List<String> withBox = new ArrayList<>(page);
        withBox.addAll(List.of("About Michael", "Michael Haltman", "I am the creator and writer of this blog."));
        assertThat(choose(withBox, 0, 1, 2)).containsExactly("Michael Haltman");
        // alone on the page, a far byline is taken; beside a candidate near the headline, one that nothing backs is not
        assertThat(choose(page, 0, 1, 2)).containsExactly("Michael Haltman");
        List<String> withNear = new ArrayList<>(page);
        withNear.add(3, "Mary Major");
        assertThat(choose(withNear, 0, 1, 2)).isEmpty();
    }

    @Test
    void anAuthorBoxWithItsOpenerOnTheLineAboveIsACandidate() {
        List<String> page = new ArrayList<>(List.of("Inside the deep web drug lab",
                "The first paragraph of the story has enough words to read as a paragraph of the body."));
        for (int i = 0; i < 8; i++) {
            page.add("Recommend button " + i);
        }
        page.addAll(List.of("Written on Mar 27 by", "Joseph Cox", "Encryption enthusiast. Chat: jfcox@example.org"));
        BylineChooser.Page p = page(page, 0, 1, 1);
        BylineChooser.Scored box = chooser.candidates(p).stream().filter(c -> c.line() == 11).findFirst().orElseThrow();
        assertThat(box.names()).containsExactly("Joseph Cox");
        assertThat(box.features()).containsKeys("cue", "far", "name-elsewhere");
        assertThat(chooser.choose(p)).containsExactly("Joseph Cox");
    }

    @Test
    void aListOfNamesUnderTheHeadlineIsAMenuNotAByline() {
        List<String> page = List.of("Phil Windley on identity", "Mike Jones", "Chuck Knutson", "Kristen Knight",
                "The first paragraph of the story has enough words to read as a paragraph of the body.");
        assertThat(chooser.candidates(page(page, 0, 4, 4))).allSatisfy(c -> assertThat(c.features()).containsKey("menu-run"));
        assertThat(choose(page, 0, 4, 4)).isEmpty();
    }

    @Test
    void aBareNameIsBackedByItsEmailAndAKnownGivenNameButNotByTheHeadline() {
        List<String> page = List.of("Laura Bassett", "lbassett@example.com",
                "Marsha Blackburn refuses to acknowledge the health law",
                "Marsha Blackburn",
                "The first paragraph of the story has enough words to read as a paragraph of the body.",
                "Marsha Blackburn said on Thursday that she had never heard of the law that her party opposed.");
        List<BylineChooser.Scored> candidates = chooser.candidates(page(page, 2, 4, 5));
        assertThat(candidates).extracting(BylineChooser.Scored::names)
                .containsExactly(List.of("Laura Bassett"), List.of("Marsha Blackburn"));
        assertThat(candidates.get(0).features()).containsKeys("name-elsewhere", "given-name");
        // the person the headline is about is named in the body too, which vouches for nothing
        assertThat(candidates.get(1).features()).doesNotContainKey("name-elsewhere");
        List<BylineChooser.Scored> menu = chooser.candidates(page(List.of("Danger Room", "Drones flown by hobbyists",
                "The first paragraph of the story has enough words to read as a paragraph of the body."), 1, 2, 2));
        assertThat(menu).singleElement().satisfies(c -> assertThat(c.features()).doesNotContainKey("given-name"));
    }

    @Test
    void photoViewerChromeIsNoAuthor() {
        for (String chrome : List.of("Enlarge Image", "Loading Slideshow", "Photo Gallery")) {
            assertThat(persons.person(chrome)).as(chrome).isNull();
        }
    }

    private BylineChooser.Page page(List<String> page, int title, int firstParagraph, int lastKept) {
        List<List<String>> names = page.stream().map(parser::authors).toList();
        String[] isoDates = new String[page.size()];
        return new BylineChooser.Page(page, names, isoDates, title, firstParagraph, lastKept);
    }

    private List<String> choose(List<String> page, int title, int firstParagraph, int lastKept) {
        List<List<String>> names = page.stream().map(parser::authors).toList();
        // a short line with a year stands for a date line the rule book read
        String[] isoDates = page.stream().map(l -> l.split(" ").length <= 6 && l.matches(".*\\b20\\d\\d\\b.*")
                ? "2019-11-20" : null).toArray(String[]::new);
        return chooser.choose(page, names, isoDates, title, firstParagraph, lastKept, "test", CleaningListener.NONE);
    }
}
