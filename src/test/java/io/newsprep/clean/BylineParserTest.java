package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines give clean author names: no e-mail, role words or city prefixes. */
class BylineParserTest {

    private final BylineParser parser = BylineParser.fromResources();

    @Test
    void stripsCityPrefixRoleAndEmailPlaceholder() {
        assertThat(parser.authors("Paris = Correspondent Jo Eun-ah [email protected]")).containsExactly("Jo Eun-ah");
        assertThat(parser.authors("Reporter Ko Do-ye [email protected]")).containsExactly("Ko Do-ye");
    }

    @Test
    void readsOpeners() {
        assertThat(parser.authors("Author: Lok")).containsExactly("Lok");
        assertThat(parser.authors("By Jane Smith and John Doe")).containsExactly("Jane Smith", "John Doe");
        assertThat(parser.authors("Kim Min-ji reporter kmj@example.co.kr")).containsExactly("Kim Min-ji");
        assertThat(parser.authors("By Joseph Tsidulko November 19, 2019, 07:47 PM EST")).containsExactly("Joseph Tsidulko");
        assertThat(parser.authors("By Tess Bonn - 11/19/19 06:56 AM EST")).containsExactly("Tess Bonn");
        assertThat(parser.authors("By Amy Kuperinsky | NJ Advance Media for NJ.com")).containsExactly("Amy Kuperinsky");
    }

    @Test
    void aSocialHandleMarksABylineButNotALabel() {
        assertThat(parser.authors("Natasha Turak@NatashaTurak")).containsExactly("Natasha Turak");
        assertThat(parser.authors("Аккаунт: @darkzip")).isEmpty();
    }

    @Test
    void sentencesAreNotBylines() {
        assertThat(parser.authors("By the end of the week, the troops had withdrawn.")).isEmpty();
        assertThat(parser.authors("The reporter asked the minister about the deployment.")).isEmpty();
        assertThat(parser.authors("Introduction")).isEmpty();
    }
}
