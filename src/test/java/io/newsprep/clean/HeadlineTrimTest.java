package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTrimTest {

    private static String trim(String line) {
        return HeadlineTrim.of(List.of("Menu", line), 1, true);
    }

    @Test
    void aDateTimeOrCommentCountAfterTheHeadlineIsCutOff() {
        assertThat(trim("Save the bridge! A look at the restored bridge October 26, 2012"))
                .isEqualTo("Save the bridge! A look at the restored bridge");
        assertThat(trim("Over 100 objects seen along the border Posted on Nov 06, 2012 at 08:38pm IST"))
                .isEqualTo("Over 100 objects seen along the border");
        assertThat(trim("The Daily Edit – Monday 11.12.12")).isEqualTo("The Daily Edit – Monday");
        assertThat(trim("A Benevolent Bribe: Is Today The Day? 153 Comments")).isEqualTo("A Benevolent Bribe: Is Today The Day?");
        assertThat(trim("Time Vampire by Another Safe Landing 11Oct12")).isEqualTo("Time Vampire by Another Safe Landing");
    }

    @Test
    void aLeadingArrowABreadcrumbAndATrailingSiteTagAreCutOff() {
        assertThat(trim("» The Willingness to Think Differently :zenhabits")).isEqualTo("The Willingness to Think Differently");
        assertThat(trim("Browse: Home / Nokia Sells Qt to Digia")).isEqualTo("Nokia Sells Qt to Digia");
    }

    @Test
    void numbersThatBelongToTheHeadlineAndOneWordLeftoversStay() {
        assertThat(trim("Why I just dumped the iPad 3")).isEqualTo("Why I just dumped the iPad 3");
        assertThat(trim("Windows 8")).isEqualTo("Windows 8");
        assertThat(trim("Elections October 26, 2012")).isEqualTo("Elections October 26, 2012");
        // a dated title of a series keeps its date
        assertThat(trim("Four short links: 6 November 2012")).isEqualTo("Four short links: 6 November 2012");
        assertThat(trim("AWS Week in Review - October 29, 2012")).isEqualTo("AWS Week in Review - October 29, 2012");
        assertThat(trim("Stuff The Internet Says On Scalability For October 19, 2012"))
                .isEqualTo("Stuff The Internet Says On Scalability For October 19, 2012");
    }

    @Test
    void thePageTitleLosesTheSiteNameOnlyWhereItIsTheFirstLineOfADump() {
        List<String> lines = List.of("Seth's Blog: Yesterday's over", "Seth's Blog", "Yesterday's over", "Text.");
        assertThat(HeadlineTrim.of(lines, 0, true)).isEqualTo("Yesterday's over");
        assertThat(HeadlineTrim.of(lines, 0, false)).isEqualTo("Seth's Blog: Yesterday's over");
        assertThat(HeadlineTrim.of(List.of("Harbour reopens after repairs | Example News", "x"), 0, true))
                .isEqualTo("Harbour reopens after repairs");
        // a colon that the page does not show as a name of its own stays: it is part of the headline
        assertThat(HeadlineTrim.of(List.of("West Bengal: Minister asks party to prepare", "x"), 0, true))
                .isEqualTo("West Bengal: Minister asks party to prepare");
    }

    @Test
    void anImageFileNameBeforeTheHeadlineIsCutOff() {
        assertThat(trim("Shutterstock_105539048 New To The Robot Menagerie: The Dragonfly"))
                .isEqualTo("New To The Robot Menagerie: The Dragonfly");
        assertThat(trim("New%20design%206 Sanaa Notebook: al-Qaeda and Electricity"))
                .isEqualTo("Sanaa Notebook: al-Qaeda and Electricity");
    }

    @Test
    void aBlogThemesImageTextBeforeTheHeadlineIsCutOff() {
        assertThat(trim("Post image for Comentários (sem censura)")).isEqualTo("Comentários (sem censura)");
        assertThat(trim("Post image for Go Vote!")).isEqualTo("Go Vote!");
        // what would be left is one word: the line stays as it is
        assertThat(trim("Post image for Elections")).isEqualTo("Post image for Elections");
        // the words inside a headline are no image text
        assertThat(trim("How to post image for free on every site")).isEqualTo("How to post image for free on every site");
    }

    @Test
    void aLineThatStartsWithTheDumpsPageTitleIsCutToIt() {
        List<String> lines = List.of("Swamy to move court as EC cautions him - IBNLive", "Menu",
                "Swamy to move court as EC cautions him Politics news, Updated Nov 06, 2012 at 05:30pm IST");
        assertThat(HeadlineTrim.of(lines, 2, true, HeadlineText.withoutLastPart(lines.get(0))))
                .isEqualTo("Swamy to move court as EC cautions him");
        // a page title that is only the site's name cuts nothing
        assertThat(HeadlineTrim.of(lines, 2, true, "IBNLive"))
                .isEqualTo("Swamy to move court as EC cautions him Politics news, Updated Nov 06, 2012 at 05:30pm IST");
    }
}
