package io.newsprep.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SiteMatesTest {

    private static final List<String> HARBOUR = List.of("Harbor Gazette", "Weekly Digest Club", "Staff picks this week",
            "Hearts 0 | Share", "Subscribe to the print edition", "Letters to the editor");
    private static final List<String> HILLS = List.of("The Hill Courier", "Morning briefing", "Our photographers",
            "Log in to comment", "Sign up for alerts", "Contact the newsroom");
    /** Lines many sites have: a few of them do not make two pages site mates. */
    private static final List<String> GENERIC = List.of("Home", "Share", "Privacy Policy", "Contact Us");

    private static SiteMates.Document page(String id, List<String> chrome, String topic) {
        List<String> lines = new ArrayList<>(chrome);
        lines.addAll(GENERIC);
        lines.add("Council settles the argument over " + topic);
        lines.add("A story about " + topic);
        return new SiteMates.Document(ArticleFingerprint.of(SiteMates.UNNAMED, lines), PublisherLineCounter.shapesOf(lines));
    }

    private static List<SiteMates.Document> pages() {
        List<SiteMates.Document> pages = new ArrayList<>();
        for (String topic : List.of("ferries", "fishing quotas", "the lighthouse")) {
            pages.add(page("h-" + topic, HARBOUR, topic));
            pages.add(page("c-" + topic, HILLS, "hill " + topic));
        }
        return pages;
    }

    @Test
    void pagesOfOneSiteFormOneGroupAndPagesOfAnotherSiteAnother() {
        List<SiteMates.Document> pages = pages();
        Map<String, String> groups = SiteMates.group(pages);

        assertThat(groups).hasSize(6);
        assertThat(Set.copyOf(groups.values())).hasSize(2).allMatch(SiteMates::isGroup);
        assertThat(groups.get(pages.get(0).fingerprint())).isEqualTo(groups.get(pages.get(2).fingerprint()))
                .isEqualTo(groups.get(pages.get(4).fingerprint()))
                .isNotEqualTo(groups.get(pages.get(1).fingerprint()));
    }

    @Test
    void theGroupsAndTheirKeysDoNotDependOnTheOrderOfThePages() {
        List<SiteMates.Document> pages = pages();
        Map<String, String> inOrder = SiteMates.group(pages);
        Collections.reverse(pages);
        assertThat(SiteMates.group(pages)).isEqualTo(inOrder);
        Collections.shuffle(pages, new java.util.Random(7));
        assertThat(SiteMates.group(pages)).isEqualTo(inOrder);
    }

    @Test
    void aPageWithoutMatesBelongsToNoGroup() {
        SiteMates.Document lone = page("lone", List.of("Riverside Weekly", "Tide tables", "Classifieds"), "the weir");
        List<SiteMates.Document> pages = new ArrayList<>(pages());
        pages.add(lone);
        assertThat(SiteMates.group(pages)).doesNotContainKey(lone.fingerprint());
    }

    @Test
    void aRememberedGroupIsFoundByItsRecurringLinesAndAStrangerIsNot() {
        Map<String, Integer> recurring = new java.util.HashMap<>();
        for (String line : HARBOUR) {
            recurring.put(io.newsprep.text.LineShape.of(line), 3);
        }
        String key = SiteMates.keyOf("f");
        PublisherMemory memory = new PublisherMemory(Map.of(key, new PublisherMemory.Source(3, recurring)),
                RecurrencePolicy.DEFAULT);

        List<String> newPage = new ArrayList<>(HARBOUR);
        newPage.add("A story about the night ferry");
        assertThat(memory.groupOf(newPage)).isEqualTo(key);
        assertThat(memory.of(io.newsprep.publisher.PublisherTag.UNKNOWN, newPage).of("Weekly Digest Club")).isNotNull();

        List<String> stranger = new ArrayList<>(HILLS);
        stranger.add("Weekly Digest Club");
        assertThat(memory.groupOf(stranger)).isNull();
        assertThat(memory.of(io.newsprep.publisher.PublisherTag.UNKNOWN, stranger).of("Weekly Digest Club")).isNull();
    }
}
