package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document's stop-word list is picked by coverage; scripts without a list get none. */
class StopWordsTest {

    private final StopWords stopWords = new StopWords();

    private static List<String> words(String s) {
        return Arrays.asList(s.toLowerCase().split("\\s+"));
    }

    @Test
    void picksTheListOfTheDocumentsLanguage() {
        assertThat(stopWords.bestFor(words("the troops were deployed to the front and they have not been trained for it")))
                .isSameAs(stopWords.of("en"));
        assertThat(stopWords.bestFor(words("nesta página você terá sempre a classificação atualizada da corrida e dos pilotos")))
                .isSameAs(stopWords.of("pt"));
        assertThat(stopWords.bestFor(words("в этой статье мы расскажем о том как это было и что из этого вышло")))
                .isSameAs(stopWords.of("ru"));
    }

    @Test
    void persianTextIsReadInItsOwnLetterForms() {
        // Persian yeh and keheh, as Persian text writes them; Lucene's list has the Arabic forms
        List<String> persian = words("یکی از ساکنان قدیمی شهر گفت که دیدن آب برای مردم این شهر حکم جشن را دارد");
        assertThat(stopWords.bestFor(persian)).isSameAs(stopWords.of("fa"));
        int mask = stopWords.languagesOf("که", 0, 2);
        assertThat(stopWords.of("fa").holds(mask)).isTrue();
    }

    @Test
    void arabicHasTheFunctionWordsLucenesListLeavesOut() {
        String line = "وتضم السوق أكثر من ستين كشكا مثل السلال";
        StopList arabic = stopWords.of("ar");
        assertThat(arabic.holds(stopWords.languagesOf(line, line.indexOf("أكثر"), line.indexOf("أكثر") + 4))).isTrue();
        assertThat(arabic.holds(stopWords.languagesOf(line, line.indexOf("مثل"), line.indexOf("مثل") + 3))).isTrue();
        assertThat(arabic.holds(stopWords.languagesOf(line, line.indexOf("السوق"), line.indexOf("السوق") + 5))).isFalse();
    }

    @Test
    void aLanguageWithoutAListGetsNone() {
        assertThat(stopWords.bestFor(words("북한군 러시아 쿠르스크 전투 참여 공식 확인"))).isSameAs(StopList.NONE);
    }

    @Test
    void theLanguagesAreTheRowsOfTheTable() {
        StopWords two = new StopWords("/vocab/two-stop-word-lists.tsv");
        assertThat(two.of("pt").isEmpty()).isFalse();
        assertThat(two.of("ru")).isSameAs(StopList.NONE);
        assertThat(two.bestFor(words("nesta página você terá sempre a classificação atualizada da corrida e dos pilotos")))
                .isSameAs(two.of("pt"));
    }

    @Test
    void anUnknownListFormatIsNamed() {
        assertThatThrownBy(() -> new StopWords("/vocab/unknown-stop-word-format.tsv"))
                .hasMessageContaining("unknown list format soundex");
    }
}
