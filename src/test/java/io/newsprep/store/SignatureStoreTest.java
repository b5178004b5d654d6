package io.newsprep.store;

import io.newsprep.duplicate.ClusterMembership;
import io.newsprep.duplicate.MinHasher;
import io.newsprep.duplicate.NearDuplicateClusterer;
import io.newsprep.duplicate.Signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Clustering against the real schema: what is remembered, how long, and what a second look at an article gives. */
class SignatureStoreTest {

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final SignatureStore store = schemaAnd(new SignatureStore(jdbc));
    private final NearDuplicateClusterer clusterer = new NearDuplicateClusterer(store, 0.5);
    private final MinHasher hasher = new MinHasher(50);

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void aCopyJoinsTheClusterOfTheFirstSeenArticleAndKeepsItWhenSeenAgain() {
        List<String> story = words(300, 1);
        Signature original = hasher.signature(String.join(" ", story));
        Signature copy = hasher.signature(String.join(" ", story.subList(0, 250)));

        ClusterMembership first = clusterer.assign("a", "a.txt", "one.example", "run-1", original).membership();
        NearDuplicateClusterer.Assignment second = clusterer.assign("b", "b.txt", "two.example", "run-1", copy);
        ClusterMembership again = clusterer.assign("b", "b.txt", "two.example", "run-2", copy).membership();

        assertThat(first).isEqualTo(ClusterMembership.alone("a"));
        assertThat(second.membership().clusterId()).isEqualTo("a");
        assertThat(second.membership().duplicateOf()).isEqualTo("a");
        assertThat(second.membership().similarity()).isBetween(0.7, 0.95);
        assertThat(second.newClusterInRun()).isTrue();
        assertThat(again).isEqualTo(second.membership());
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void withinOnePublisherACopyMustBeCloser() {
        List<String> story = words(300, 2);
        List<String> half = new ArrayList<>(story.subList(0, 200));
        half.addAll(words(100, 3));

        clusterer.assign("a", "a.txt", "one.example", "run-1", hasher.signature(String.join(" ", story)));
        ClusterMembership samePublisher = clusterer.assign("b", "b.txt", "one.example", "run-1",
                hasher.signature(String.join(" ", half))).membership();
        ClusterMembership otherPublisher = clusterer.assign("c", "c.txt", "two.example", "run-1",
                hasher.signature(String.join(" ", half) + " end")).membership();

        assertThat(samePublisher.copy()).isFalse();
        assertThat(otherPublisher.clusterId()).isIn("a", "b");
    }

    @Test
    void keepsOnlyTheNewestArticles() {
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            signatures.add(hasher.signature(String.join(" ", words(100, 10 + i))));
            clusterer.assign("id" + i, i + ".txt", "", "run-1", signatures.get(i));
        }

        store.keepLatest(2);

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.membershipOf("id2")).isNull();
        assertThat(store.sharingABand(signatures.get(2).bandKeys())).isEmpty();
        assertThat(store.membershipOf("id4")).isEqualTo(ClusterMembership.alone("id4"));
        store.reload();
        assertThat(store.sharingABand(signatures.get(4).bandKeys())).singleElement()
                .satisfies(e -> assertThat(e.articleId()).isEqualTo("id4"));
        assertThat(store.membershipOf("id2")).isNull();
    }

    @Test
    void theIndexInMemoryStaysWithinTwiceTheWindow() {
        for (int i = 0; i < 50; i++) {
            clusterer.assign("id" + i, i + ".txt", "", "run-1", hasher.signature(String.join(" ", words(60, 100 + i))));
            store.keepLatest(10);
        }

        assertThat(store.size()).isEqualTo(10);
        assertThat(store.membershipOf("id39")).isNull();
        assertThat(store.membershipOf("id40")).isEqualTo(ClusterMembership.alone("id40"));
    }

    @Test
    void whatARolledBackTransactionAddedIsGoneOnceReloaded() {
        Signature signature = hasher.signature(String.join(" ", words(100, 20)));
        clusterer.assign("kept", "k.txt", "", "run-1", hasher.signature(String.join(" ", words(100, 21))));
        jdbc.execute("SET AUTOCOMMIT FALSE");
        clusterer.assign("lost", "l.txt", "", "run-1", signature);
        jdbc.execute("ROLLBACK");
        jdbc.execute("SET AUTOCOMMIT TRUE");

        store.reload();

        assertThat(store.membershipOf("lost")).isNull();
        assertThat(store.sharingABand(signature.bandKeys())).isEmpty();
        assertThat(clusterer.assign("lost", "l.txt", "", "run-1", signature).membership())
                .isEqualTo(ClusterMembership.alone("lost"));
    }

    private SignatureStore schemaAnd(SignatureStore s) {
        RepositorySchema.migrate(db);
        return s;
    }

    private static List<String> words(int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("w" + random.nextInt(5000));
        }
        return out;
    }
}
