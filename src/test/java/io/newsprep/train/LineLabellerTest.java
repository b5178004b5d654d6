package io.newsprep.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineLabellerTest {

    @Test
    void aShortLineBorrowsShinglesFromItsNeighbours() {
        List<String> lines = List.of("Menu", "The council met on Monday", "and", "voted to close the old bridge.", "Login");
        boolean[] body = LineLabeller.label(lines, "The council met on Monday and voted to close the old bridge.");
        assertThat(body).containsExactly(false, true, true, true, false);
    }

    @Test
    void aLineWithLessThanHalfOfItsShinglesInTheGoldIsNotBody() {
        List<String> lines = List.of("one two three four five six seven eight nine ten eleven twelve");
        assertThat(LineLabeller.label(lines, "one two three four five")).containsExactly(false);
        assertThat(LineLabeller.label(lines, "one two three four five six seven eight nine")).containsExactly(true);
    }

    @Test
    void worksInScriptsWithoutLatinLetters() {
        List<String> lines = List.of("होम | खेल", "भारत ने आज नई नीति की घोषणा की और मंत्री ने कहा।");
        boolean[] body = LineLabeller.label(lines, "भारत ने आज नई नीति की घोषणा की और मंत्री ने कहा।");
        assertThat(body).containsExactly(false, true);
    }

    @Test
    void findsTheHeadlineInAFoldedForm() {
        List<String> lines = List.of("Site", "“Storm Floods the Old Harbour”", "Text");
        assertThat(LineLabeller.headline(lines, "Storm floods the old harbour")).isEqualTo(1);
        assertThat(LineLabeller.headline(lines, null)).isEqualTo(-1);
        assertThat(LineLabeller.headline(lines, "Not on the page")).isEqualTo(-1);
    }
}
