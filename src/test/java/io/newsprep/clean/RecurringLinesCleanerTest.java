package io.newsprep.clean;

import io.newsprep.clean.RecurringLines.Recurrence;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines a publisher repeats on its pages are removed as chrome, unless they read as article text. */
class RecurringLinesCleanerTest {

    private static final String P1 = SampleParagraphs.P1;
    private static final String P2 = SampleParagraphs.P2;
    private static final String P3 = SampleParagraphs.P3;
    private static final String CHROME = "Staff picks this week";
    private static final String QUOTE = "“We will keep building until every family has a home,” the mayor said.";
    private static final String STOCK_SENTENCE = "The company did not respond to a request for comment.";

    private final Cleaner cleaner = Cleaner.withDefaults();

    private static RecurringLines knowing(Map<String, Integer> documents, int sourceDocuments) {
        return line -> documents.containsKey(line) ? new Recurrence(documents.get(line), sourceDocuments) : null;
    }

    private static LineVerdict verdict(CleanedDocument d, String text) {
        return d.verdicts().stream().filter(v -> v.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aShortLineBetweenParagraphsStaysWithoutMemoryAndGoesWithIt() {
        CleanedDocument without = cleaner.clean(TestDumps.of(P1, CHROME, P2, P3), null);
        CleanedDocument with = cleaner.clean(TestDumps.of(P1, CHROME, P2, P3), null, knowing(Map.of(CHROME, 7), 9));

        assertThat(without.paragraphs()).contains(CHROME);
        assertThat(with.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(verdict(with, CHROME).kind()).isEqualTo(LineKind.BOILERPLATE);
        assertThat(verdict(with, CHROME).rule()).isEqualTo("site-recurring:7-docs");
    }

    @Test
    void aQuotationRepeatedAcrossArticlesStays() {
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, QUOTE, P2, P3), null, knowing(Map.of(QUOTE, 9), 9));
        assertThat(d.paragraphs()).containsExactly(P1, QUOTE, P2, P3);
    }

    @Test
    void aGoodParagraphStaysHoweverOftenItRecurs() {
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, P2, P3), null, knowing(Map.of(P2, 9), 9));
        assertThat(d.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aSentenceGoesOnlyWhenItIsOnMostOfThePublishersPages() {
        CleanedDocument rare = cleaner.clean(TestDumps.of(P1, STOCK_SENTENCE, P2, P3), null,
                knowing(Map.of(STOCK_SENTENCE, 12), 100));
        CleanedDocument template = cleaner.clean(TestDumps.of(P1, STOCK_SENTENCE, P2, P3), null,
                knowing(Map.of(STOCK_SENTENCE, 90), 100));

        assertThat(rare.paragraphs()).contains(STOCK_SENTENCE);
        assertThat(template.paragraphs()).doesNotContain(STOCK_SENTENCE);
    }

    @Test
    void metadataRulesWinOverMemory() {
        String date = "Published: Monday, November 4, 2024";
        CleanedDocument d = cleaner.clean(TestDumps.of(date, P1, P2, P3), null, knowing(Map.of(date, 9), 9));
        assertThat(verdict(d, date).kind()).isEqualTo(LineKind.PUBLISHED_DATE);
    }
}
