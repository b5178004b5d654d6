package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cleaner tells a listener: the dates and the byline candidates its choosers weighed, with their features. */
class CleaningListenerTest {

    @Test
    void hearsEveryDateTheChooserWeighedAndTheChoiceFollowsTheShippedScore() {
        List<DateCandidate> heard = new ArrayList<>();
        CleanedDocument d = Cleaner.withDefaults().clean(TestDumps.of("Home", "World", "",
                        "North Korean Troops Engage in First Combat in Kursk", "", "By Jane Smith", "November 4, 2024", "",
                        SampleParagraphs.P1, "", SampleParagraphs.P2, "", SampleParagraphs.P3, "", "Related stories", "",
                        "Ukraine strikes a Russian airfield - October 30, 2024",
                        "— Jane Doe (@janedoe) November 3, 2024"), null, RecurringLines.NONE,
                new CleaningListener() {
                    @Override
                    public void datelineCandidates(String documentKey, List<DateCandidate> candidates) {
                        heard.addAll(candidates);
                    }
                });
        assertThat(heard).extracting(DateCandidate::day).containsExactly(LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 10, 30), LocalDate.of(2024, 11, 3));
        assertThat(heard.get(0).text()).isEqualTo("November 4, 2024");
        assertThat(heard.get(0).features()).containsKeys("bias", "cue_published", "embedded_post", "words_before");
        assertThat(heard.get(2).features()).containsEntry("embedded_post", 1.0);
        DatelineScore.Pick pick = new DatelineScore(DatelineScore.shippedWeights()).choose(heard);
        assertThat(pick.day()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(d.published()).startsWith(pick.day().toString());
    }

    @Test
    void hearsTheBylineCandidatesTheChooserWeighed() {
        BylinePages pages = new BylinePages();
        BylinePages.Page[] heard = new BylinePages.Page[1];
        CleanedDocument d = Cleaner.withDefaults().clean(TestDumps.of("Home", "World", "",
                        "North Korean Troops Engage in First Combat in Kursk", "", "By Jane Smith", "November 4, 2024", "",
                        SampleParagraphs.P1, "", SampleParagraphs.P2, "", SampleParagraphs.P3), null, RecurringLines.NONE,
                new CleaningListener() {
                    @Override
                    public void bylinePage(String documentKey, BylinePages.Page page) {
                        heard[0] = page;
                    }
                });
        assertThat(heard[0]).isNotNull();
        assertThat(pages.candidates(heard[0])).extracting(BylinePages.Candidate::names)
                .contains(List.of("Jane Smith"));
        assertThat(pages.choose(heard[0], BylinePages.shippedWeights())).isEqualTo(d.authors());
    }
}
