package io.newsprep.job;

import io.newsprep.store.PublisherLineStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A publisher's own chrome, which no generic rule knows, is learned from its pages before any of them is
 * cleaned, and remembered by the repository for the next run.
 */
// reads the removed lines of articles.jsonl, which the default output keeps only as counts
@org.springframework.test.context.TestPropertySource(properties = "newsprep.removed=lines")
class PublisherMemoryIngestTest extends IngestJobTestSupport {

    @Autowired
    PublisherLineStore sourceLines;

    private static final List<String> CHROME = List.of("Weekly Digest Club", "Staff picks this week", "Hearts 0 | Share");
    private static final String QUOTE = "“The harbour made this town, and the harbour will save it,” said Mayor Ellen Marsh.";
    private static final List<String> TOPICS = List.of("ferries", "fishing quotas", "lighthouse repairs", "school meals",
            "tidal barrier", "market hall");

    /** A page of a harbour-town paper: its chrome lines sit between the paragraphs, where text would be kept. */
    private static String gazettePage(String paper, String topic, int hearts) {
        return String.join("\n",
                paper,
                "Council settles the argument over " + topic + " at last",
                "By Nora Quill",
                "The council voted on Tuesday evening to settle the long argument over " + topic + ", after a "
                        + "meeting in which residents queued outside the town hall to have their say.",
                CHROME.get(0),
                "Supporters of the plan for " + topic + " said it would bring work back to the waterfront, while "
                        + "its critics warned that the costs had been underestimated from the start.",
                QUOTE,
                CHROME.get(1),
                "Officials expect the first changes to " + topic + " to be visible by the spring, and a review "
                        + "of the whole programme is planned for the end of next year.",
                "Hearts " + hearts + " | Share",
                "Readers can send their views on " + topic + " to the letters desk, which will publish a "
                        + "selection of them in the weekend edition of the paper.");
    }

    private static String bodyOf(Map<String, Object> article) {
        return (String) article.get("body");
    }

    /** The lines removed as the publisher's recurring chrome, and the rule that removed each. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> removedAsRecurring(Map<String, Object> article) {
        Map<String, String> removed = new java.util.LinkedHashMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) article.get("removed")) {
            if (((String) r.get("rule")).startsWith("site-recurring:")) {
                removed.put((String) r.get("text"), (String) r.get("rule"));
            }
        }
        return removed;
    }

    @Test
    void everyPageOfThePublisherLosesItsRecurringChromeAndKeepsTheRepeatedQuote() throws Exception {
        for (int i = 0; i < TOPICS.size(); i++) {
            write("harborgazette.com/page-" + (char) ('a' + i) + ".txt", gazettePage("Harbor Gazette", TOPICS.get(i), i * 7));
        }
        String otherPublisher = gazettePage("Quayside Post", "the new bridge", 3);
        write("quaysidepost.org/only-page.txt", otherPublisher);

        IngestResult result = ingest(false);

        assertThat(result.completed()).isTrue();
        List<Map<String, Object>> gazette = articles(result).stream()
                .filter(a -> ((String) a.get("source_file")).startsWith("harborgazette.com/")).toList();
        assertThat(gazette).hasSize(TOPICS.size());
        assertThat(gazette).allSatisfy(article -> {
            assertThat(bodyOf(article)).contains(QUOTE);
            assertThat(bodyOf(article)).doesNotContain("Weekly Digest Club", "Staff picks this week", "| Share");
            assertThat(removedAsRecurring(article)).containsEntry("Weekly Digest Club", "site-recurring:6-docs")
                    .containsEntry("Staff picks this week", "site-recurring:6-docs");
            assertThat(removedAsRecurring(article).keySet()).anyMatch(text -> text.matches("Hearts \\d+ \\| Share"));
        });
        Map<String, Object> other = articles(result).stream()
                .filter(a -> a.get("source_file").equals("quaysidepost.org/only-page.txt")).findFirst().orElseThrow();
        assertThat(bodyOf(other)).contains("Staff picks this week");
    }

    @Test
    void theNextRunRemembersThePublishersChromeForASinglePage() throws Exception {
        for (int i = 0; i < 4; i++) {
            write("tidewaterherald.net/first-" + i + ".txt", gazettePage("Tidewater Herald", TOPICS.get(i), i));
        }
        ingest(false);
        deleteInputFiles();
        write("tidewaterherald.net/late-arrival.txt", gazettePage("Tidewater Herald", "the night ferry timetable", 42));

        IngestResult second = ingest(false);

        List<Map<String, Object>> articles = articles(second);
        assertThat(articles).extracting(a -> a.get("source_file")).containsExactly("tidewaterherald.net/late-arrival.txt");
        assertThat(bodyOf(articles.get(0))).contains(QUOTE).doesNotContain("Staff picks this week", "Weekly Digest Club",
                "| Share");
        assertThat(removedAsRecurring(articles.get(0)).keySet())
                .contains("Weekly Digest Club", "Staff picks this week", "Hearts 42 | Share");
    }

    @Test
    void countingTheSameDocumentsAgainDoesNotInflateTheCounts() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("saltmarshnews.com/story-" + i + ".txt", gazettePage("Saltmarsh News", TOPICS.get(i), i));
        }
        IngestResult first = ingest(false);
        IngestResult again = ingest(true);

        for (IngestResult result : List.of(first, again)) {
            assertThat(articles(result)).hasSize(3).allSatisfy(article ->
                    assertThat(removedAsRecurring(article)).containsEntry("Staff picks this week", "site-recurring:3-docs"));
        }
    }

    @Test
    void anotherCrawlOfAnArticleCountedManyPagesEarlierInTheRunIsNotCountedAgain() throws Exception {
        int pages = 140; // more than the learn step reads at once, so the two crawls are counted in different batches
        for (int i = 0; i < pages; i++) {
            write(String.format("estuaryledger.com/story-%03d.txt", i), gazettePage("Estuary Ledger", "project " + letters(i), i));
        }
        write("estuaryledger.com/zz-recrawl-of-story-000.txt", gazettePage("Estuary Ledger", "project " + letters(0), 99));

        IngestResult result = ingest(false);

        assertThat(articles(result)).hasSize(pages + 1);
        assertThat(sourceLines.publishers(3)).filteredOn(p -> p.source().equals("estuaryledger.com"))
                .singleElement().satisfies(p -> assertThat(p.documents()).isEqualTo(pages));
    }

    /** A number written in letters (0 = "a", 26 = "ba"), since the fingerprint of a page ignores its digits. */
    private static String letters(int n) {
        String s = "";
        do {
            s = (char) ('a' + n % 26) + s;
            n /= 26;
        } while (n > 0);
        return s;
    }

    @Test
    void aForgottenPublisherIsLearnedAfresh() throws Exception {
        for (int i = 0; i < 4; i++) {
            write("brinemouthtimes.com/story-" + i + ".txt", gazettePage("Brinemouth Times", TOPICS.get(i), i));
        }
        ingest(false);

        assertThat(sourceLines.publishers(3)).filteredOn(p -> p.source().equals("brinemouthtimes.com"))
                .singleElement().satisfies(p -> assertThat(p.documents()).isEqualTo(4));
        assertThat(sourceLines.lines("brinemouthtimes.com", 3)).extracting(PublisherLineStore.Line::shape)
                .contains("weekly digest club", "staff picks this week", "hearts 0 | share");

        sourceLines.forget("brinemouthtimes.com");
        deleteInputFiles();
        write("brinemouthtimes.com/after-reset.txt", gazettePage("Brinemouth Times", "the harbour wall", 5));
        IngestResult afterReset = ingest(false);

        assertThat(sourceLines.publishers(2)).contains(new PublisherLineStore.Publisher("brinemouthtimes.com", 1, 0));
        assertThat(bodyOf(articles(afterReset).get(0))).contains("Staff picks this week");
    }

    private void deleteInputFiles() throws Exception {
        try (var files = Files.walk(input())) {
            files.filter(Files::isRegularFile).forEach(f -> f.toFile().delete());
        }
    }
}
