package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The same article crawled again and again is one page for the publisher's memory, not a recurring template. */
class RecrawledPagesTest extends IngestJobTestSupport {

    private static final String HEADLINE = "Lighthouse keeper retires after forty years on the point";

    private static String crawl(int views) {
        return String.join("\n",
                "Cape Ledger",
                HEADLINE,
                "The keeper of the point lighthouse climbed its stairs for the last time on Sunday, forty years after "
                        + "she first took charge of the lamp and the logbook.",
                "She said the hardest winters were the ones when the supply boat could not land for weeks, and that "
                        + "the village had always found a way to bring her bread and news.",
                "The light will now be run from the harbour office, which says the building will stay open to visitors "
                        + "on summer weekends.",
                "Views: " + views);
    }

    @Test
    void manyCrawlsOfOneArticleKeepTheirHeadlineAndText() throws Exception {
        for (int i = 0; i < 8; i++) {
            write("capeledger.example/point-lighthouse-" + i + ".txt", crawl(100 + i * 37));
        }

        List<Map<String, Object>> articles = articles(ingest(false));

        assertThat(articles).hasSize(8).allSatisfy(a -> {
            assertThat(a.get("title")).isEqualTo(HEADLINE);
            assertThat((String) a.get("body")).contains("climbed its stairs for the last time");
        });
    }
}
