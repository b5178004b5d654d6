package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeadlineVocabularyTest {

    private static final List<String> LINES = List.of(
            "The Science of Sport",
            "Home",
            "Marathon records fall in the heat",
            "The marathon was run in the heat of the afternoon, and it was a day for records to fall.",
            "It was the hardest race of the year for the runners, and the organisers said it was a day to remember.",
            "A doctor at the finish said it was right to move the start to the morning, and to add water on the course.",
            "Subscribe to the Science of Sport");

    private static HeadlineVocabulary vocabulary() {
        String[] forms = LINES.stream().map(HeadlineText::normalise).toArray(String[]::new);
        return new HeadlineVocabulary(forms, 3, 3, 5);
    }

    private static Set<String> content(HeadlineVocabulary v, int line) {
        return v.content(HeadlineText.words(LINES.get(line)));
    }

    @Test
    void theDocumentsMostFrequentWordsAreNoContentWords() {
        HeadlineVocabulary v = vocabulary();
        assertThat(content(v, 2)).contains("marathon", "records", "heat").doesNotContain("the", "of");
    }

    @Test
    void theHeadlineSharesItsContentWordsWithTheLeadAndTheBlogNameWithThePagesChrome() {
        HeadlineVocabulary v = vocabulary();
        Set<String> headline = content(v, 2);
        Set<String> blogName = content(v, 0);

        assertThat(v.leadShare(2, headline)).isGreaterThan(0.7);
        assertThat(v.blockShare(2, headline)).isGreaterThan(0.7);
        assertThat(v.outsideShare(headline, List.of(2))).isLessThan(0.3);

        assertThat(v.leadShare(0, blogName)).isLessThan(0.3);
        assertThat(v.outsideShare(blogName, List.of(0))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aLineOfTheMainBlockIsNoEvidenceForItself() {
        HeadlineVocabulary v = vocabulary();
        Set<String> own = v.content(HeadlineText.words("doctor finish morning water course"));
        assertThat(v.blockShare(5, own)).isZero();
        assertThat(v.blockShare(0, own)).isCloseTo(1.0, within(1e-9));
    }
}
