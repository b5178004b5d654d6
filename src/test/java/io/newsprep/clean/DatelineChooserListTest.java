package io.newsprep.clean;

import io.newsprep.dates.DateFinder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date among other dated lines (a related-stories box, a gallery's captions, comments) is marked as a list's item,
 * a dateline standing apart is not; a date in a photo caption's line is marked as the photo's.
 */
class DatelineChooserListTest {

    private static final DatelineChooser CHOOSER = new DatelineChooser(DateFinder.fromResources(), Map.of());

    /** The candidates' features by line, for a page whose line 0 is the headline and whose body starts at line 3. */
    private static Map<Integer, Map<String, Double>> features(List<String> texts) {
        List<LineVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            LineKind kind = i == 0 ? LineKind.TITLE : i == 3 ? LineKind.BODY : LineKind.BOILERPLATE;
            verdicts.add(new LineVerdict(i, texts.get(i), i == 3, kind, "test"));
        }
        Map<Integer, Map<String, Double>> byLine = new java.util.TreeMap<>();
        for (DatelineChooser.Candidate c : CHOOSER.candidates(texts, verdicts, 0, 3, 3, null)) {
            byLine.put(c.line(), c.features());
        }
        return byLine;
    }

    private static List<String> pageWithRelatedStories(String dateline, String... related) {
        List<String> texts = new ArrayList<>(List.of("Headline of the article", dateline, "", "The article's text."));
        for (String r : related) {
            texts.add("A related story");
            texts.add(r);
            texts.add("");
        }
        return texts;
    }

    @Test
    void marksTheItemsOfARelatedStoriesListInSeveralLanguages() {
        for (List<String> page : List.of(
                pageWithRelatedStories("November 20, 2019 13:42", "November 16, 2016", "December 18, 2015",
                        "August 18, 2005", "June 15, 2010"),
                pageWithRelatedStories("20 novembre 2019 à 13:42", "16 novembre 2016", "18 décembre 2015",
                        "18 août 2005", "15 juin 2010"),
                pageWithRelatedStories("20. November 2019, 13:42 Uhr", "16. November 2016", "18. Dezember 2015",
                        "18. August 2005", "15. Juni 2010"))) {
            Map<Integer, Map<String, Double>> f = features(page);
            assertThat(f.get(1).get("in_date_list")).as(page.get(1)).isEqualTo(0.0);
            // the related items between others are a list's; the last one has no dated line below it
            assertThat(f.get(5).get("in_date_list")).as(page.get(5)).isEqualTo(1.0);
            assertThat(f.get(8).get("in_date_list")).as(page.get(8)).isEqualTo(1.0);
            assertThat(f.get(11).get("in_date_list")).as(page.get(11)).isEqualTo(1.0);
            assertThat(f.get(14).get("in_date_list")).as(page.get(14)).isEqualTo(0.0);
        }
    }

    @Test
    void datedLinesFarApartAreNoList() {
        List<String> texts = new ArrayList<>(List.of("Headline", "Published November 20, 2019", "", "Text."));
        for (int i = 0; i < 8; i++) {
            texts.add("More text.");
        }
        texts.add("Comment of November 21, 2019");
        for (int i = 0; i < 8; i++) {
            texts.add("More text.");
        }
        texts.add("© 2019, reprinted November 22, 2019");
        Map<Integer, Map<String, Double>> f = features(texts);
        assertThat(f.values()).allSatisfy(x -> assertThat(x.get("in_date_list")).isEqualTo(0.0));
    }

    @Test
    void aRepeatedDatelineIsNoList() {
        List<String> texts = List.of("Headline",
                "Nadal celebrates a point in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
                "Associated Press November 19, 2019, 9:02 AM",
                "Associated Press November 19, 2019, 9:02 AM",
                "Text.");
        Map<Integer, Map<String, Double>> f = features(texts);
        assertThat(f.get(2).get("in_date_list")).isEqualTo(0.0);
        assertThat(f.get(3).get("in_date_list")).isEqualTo(0.0);
    }

    @Test
    void marksAPhotoCaptionsDate() {
        List<String> texts = List.of("Headline",
                "Fred Willard arrives at BritWeek in Los Angeles in this April 26, 2011 file photo.",
                "July 24, 2012",
                "Text.",
                "Le président à Paris, le 9 novembre 2019. Photo : AFP");
        Map<Integer, Map<String, Double>> f = features(texts);
        assertThat(f.get(1).get("photo_caption")).isEqualTo(1.0);
        assertThat(f.get(2).get("photo_caption")).isEqualTo(0.0);
        assertThat(f.get(4).get("photo_caption")).isEqualTo(1.0);
    }
}
