package io.newsprep.job;

import io.newsprep.store.PublisherLineStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages of sites the run cannot name (no URL, no copyright line, no profile, all in one flat folder) still lose
 * the chrome they share with their site mates, and pages of different sites are not counted together.
 */
@org.springframework.test.context.TestPropertySource(properties = "newsprep.removed=lines")
class SiteMatesIngestTest extends IngestJobTestSupport {

    @Autowired
    PublisherLineStore sourceLines;

    private static final List<String> TOPICS = List.of("ferries", "fishing quotas", "lighthouse repairs", "school meals");

    private static String page(List<String> top, List<String> bottom, String topic) {
        return String.join("\n", String.join("\n", top),
                "Council settles the argument over " + topic + " at last",
                "The council voted on Tuesday evening to settle the long argument over " + topic + ", after a "
                        + "meeting in which residents queued outside the town hall to have their say.",
                "Supporters of the plan for " + topic + " said it would bring work back to the waterfront, while "
                        + "its critics warned that the costs had been underestimated from the start.",
                "Officials expect the first changes to " + topic + " to be visible by the spring, and a review "
                        + "of the whole programme is planned for the end of next year.",
                String.join("\n", bottom));
    }

    private static final List<String> GAZETTE_TOP = List.of("Tide tables", "Harbour cams", "Ferry times",
            "Community notices", "Home");
    private static final List<String> GAZETTE_BOTTOM = List.of("Harbour Digest Club", "Skipper picks this week",
            "Write to the harbour desk", "Privacy Policy");
    private static final List<String> COURIER_TOP = List.of("Morning briefing", "Hill walks", "Weather on the fells",
            "Sheep prices", "Home");
    private static final List<String> COURIER_BOTTOM = List.of("Our photographers", "Sign up for fell alerts",
            "Log in to comment", "Privacy Policy");

    @SuppressWarnings("unchecked")
    private static List<String> removedAsRecurring(Map<String, Object> article) {
        return ((List<Map<String, Object>>) article.get("removed")).stream()
                .filter(r -> ((String) r.get("rule")).startsWith("site-recurring:"))
                .map(r -> (String) r.get("text")).toList();
    }

    @Test
    void pagesOfAnUnnamedSiteLoseTheirSharedChromeAndSitesAreNotMerged() throws Exception {
        for (int i = 0; i < TOPICS.size(); i++) {
            write("gazette-" + i + ".txt", page(GAZETTE_TOP, GAZETTE_BOTTOM, TOPICS.get(i)));
            write("courier-" + i + ".txt", page(COURIER_TOP, COURIER_BOTTOM, "hill " + TOPICS.get(i)));
        }

        IngestResult result = ingest(false);

        List<Map<String, Object>> articles = articles(result);
        assertThat(articles).hasSize(8).allSatisfy(a -> assertThat(a.get("source")).isNull());
        for (Map<String, Object> article : articles) {
            boolean gazette = ((String) article.get("source_file")).startsWith("gazette-");
            List<String> removed = removedAsRecurring(article);
            assertThat(removed).containsAll(gazette ? List.of("Harbour Digest Club", "Skipper picks this week", "Harbour cams")
                    : List.of("Our photographers", "Log in to comment", "Hill walks"));
            assertThat((String) article.get("body")).doesNotContain(gazette ? "Harbour Digest Club" : "Our photographers");
        }
        // the repository is shared with other tests: only the groups holding these sites' lines
        List<PublisherLineStore.Publisher> groups = sourceLines.publishers(3).stream()
                .filter(g -> g.source().startsWith("~site-") && sourceLines.lines(g.source(), 3).stream().anyMatch(l -> l.shape().equals("harbour digest club")
                        || l.shape().equals("our photographers"))).toList();
        assertThat(groups).hasSize(2).allSatisfy(g -> {
            assertThat(g.source()).startsWith("~site-");
            assertThat(g.documents()).isEqualTo(TOPICS.size());
        });
    }

    private static final List<String> LEDGER_TOP = List.of("Estuary Ledger", "Mudflat diary", "Birdwatch",
            "Boat sales", "Home");
    private static final List<String> LEDGER_BOTTOM = List.of("Join the Ledger friends", "Print this page",
            "Tips to the estuary desk", "Privacy Policy");

    @Test
    void aLaterPageOfTheSiteJoinsItsGroupInTheNextRun() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("ledger-" + i + ".txt", page(LEDGER_TOP, LEDGER_BOTTOM, "estuary " + TOPICS.get(i)));
        }
        ingest(false);
        List<String> before = groups();
        write("ledger-late.txt", page(LEDGER_TOP, LEDGER_BOTTOM, "the night ferry"));

        IngestResult second = ingest(false);

        List<Map<String, Object>> articles = articles(second);
        assertThat(articles).extracting(a -> a.get("source_file")).containsExactly("ledger-late.txt");
        assertThat(removedAsRecurring(articles.get(0))).contains("Join the Ledger friends", "Mudflat diary");
        assertThat(groups()).isEqualTo(before);
        assertThat(sourceLines.publishers(3)).filteredOn(p -> p.source().equals(ledgerGroup(before)))
                .singleElement().satisfies(p -> assertThat(p.documents()).isEqualTo(4));
    }

    private List<String> groups() {
        return sourceLines.publishers(1).stream().map(PublisherLineStore.Publisher::source).sorted().toList();
    }

    private String ledgerGroup(List<String> groups) {
        return groups.stream().filter(g -> sourceLines.lines(g, 1).stream()
                .anyMatch(l -> l.shape().equals("join the ledger friends"))).findFirst().orElseThrow();
    }
}
