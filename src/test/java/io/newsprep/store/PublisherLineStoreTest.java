package io.newsprep.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.memory.PublisherLineCounter;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Line counts of several runs add up in the real schema, and each publisher keeps only its most frequent lines. */
class PublisherLineStoreTest {

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final PublisherLineStore store = new PublisherLineStore(jdbc);

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void countsOfTwoRunsAddUpAndEveryPublisherKeepsItsMostFrequentLines() {
        RepositorySchema.migrate(db);
        PublisherLineCounter first = new PublisherLineCounter(10, 3);
        first.count("a.example", List.of("Home", "Sign in"));
        first.count("a.example", List.of("Home", "Sign in", "Weather"));
        first.count("b.example", List.of("Menu"));
        store.add("run-1", first, 3);
        PublisherLineCounter second = new PublisherLineCounter(10, 3);
        second.count("a.example", List.of("Home", "Subscribe", "Contact us"));
        second.count("b.example", List.of("Menu", "Search"));
        store.add("run-2", second, 3);

        assertThat(store.lines("a.example", 1)).containsExactly(new PublisherLineStore.Line("home", 3),
                new PublisherLineStore.Line("sign in", 2), new PublisherLineStore.Line("contact us", 1));
        assertThat(store.lines("b.example", 1)).containsExactly(new PublisherLineStore.Line("menu", 2),
                new PublisherLineStore.Line("search", 1));
        assertThat(store.publishers(1)).containsExactly(new PublisherLineStore.Publisher("a.example", 3, 3),
                new PublisherLineStore.Publisher("b.example", 2, 2));
    }

    @Test
    void aRunRaisesTheLinesStoredAndAddsNewOnesOfOldAndNewPublishersAlike() {
        RepositorySchema.migrate(db);
        PublisherLineCounter first = new PublisherLineCounter(10, 5);
        first.count("a.example", List.of("Home", "Sign in"));
        first.count("b.example", List.of("Menu"));
        store.add("run-1", first, 5);
        store.forget("b.example");
        PublisherLineCounter second = new PublisherLineCounter(10, 5);
        second.count("a.example", List.of("Home", "Weather"));
        second.count("b.example", List.of("Menu", "Search"));
        second.count("c.example", List.of("Menu"));
        store.add("run-2", second, 5);

        assertThat(store.lines("a.example", 1)).containsExactly(new PublisherLineStore.Line("home", 2),
                new PublisherLineStore.Line("sign in", 1), new PublisherLineStore.Line("weather", 1));
        // forgotten, then learned afresh from the second run alone
        assertThat(store.lines("b.example", 1)).containsExactly(new PublisherLineStore.Line("menu", 1),
                new PublisherLineStore.Line("search", 1));
        assertThat(store.lines("c.example", 1)).containsExactly(new PublisherLineStore.Line("menu", 1));
        assertThat(jdbc.queryForList("SELECT LINE_KEY || ' ' || LAST_SEEN_RUN FROM NEWSPREP_SOURCE_LINE"
                + " WHERE SOURCE = 'a.example' ORDER BY LINE_KEY", String.class))
                .containsExactly("home run-2", "sign in run-1", "weather run-2");
    }
}
