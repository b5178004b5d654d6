package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListBlocksTest {

    private static final String TEXT = "Pears keep well into the winter, and a jar of jam is the easiest present to make for friends.";

    private static LineInput input(List<String> texts, String[] kinds, boolean[] endMarkers) {
        int n = texts.size();
        return new LineInput(texts, kinds, endMarkers, new double[n], false, new boolean[n], new boolean[n]);
    }

    private static LineInput input(String... texts) {
        return input(List.of(texts), new String[texts.length], new boolean[texts.length]);
    }

    private static boolean[] kept(LineInput in, boolean... body) {
        return ListBlocks.kept(in, body, PageDecisionsLike.ruled(in), ListBlocks.stops(in));
    }

    @Test
    void aListTheTextIntroducesIsKeptWholeBelowItsHeadings() {
        LineInput in = input(TEXT, "Spiced Pear Jam", "Ingredients", "* 8 ripe pears, cored and peeled",
                "* 1 lemon, or about a quarter cup of juice", "* 1 tsp ground ginger", "Instructions",
                "1. Fill the canner with water and set it to simmer.", "2. Core, peel and cube the pears.",
                "3. Boil until thick enough to stick to the spoon.", "© Example Kitchen");
        boolean[] out = kept(in, true, false, false, false, false, false, false, false, false, false, false);
        assertThat(out).containsExactly(false, false, false, true, true, true, false, true, true, true, false);
    }

    @Test
    void aTableOfResultsBelowAColonStays() {
        LineInput in = input("Menu", "The final standings after 36 races:", "1\tKyle Busch\t5040\t5",
                "2\tMartin Truex Jr.\t5035\t7", "3\tKevin Harvick\t5033\t4", "www.example.com");
        assertThat(kept(in, false, true, false, false, false, false))
                .containsExactly(false, false, true, true, true, false);
    }

    @Test
    void aListicleKeepsTheLinksBetweenItsItems() {
        LineInput in = input(TEXT, "Here are the offers not to miss:", "1) Lego Star Wars Resistance Bomber",
                "http://amzn.to/x1", "2) Polistil Electric Race Track", "http://amzn.to/x2",
                "3) Blade Runner The Final Cut", "Share");
        assertThat(kept(in, true, true, false, false, false, false, false, false))
                .containsExactly(false, false, true, true, true, true, true, false);
    }

    @Test
    void aListBelowAnEndMarkerOrFarFromTheTextOrOfOneWordItemsGoes() {
        LineInput related = input(List.of(TEXT, "Related stories", "* Harbour reopens after the winter repairs",
                "* Fishermen count the cost of a wet summer", "* The town council votes on a new budget"),
                new String[5], new boolean[] {false, true, false, false, false});
        assertThat(kept(related, true, false, false, false, false)).containsOnly(false);
        LineInput far = input(TEXT, "Latest", "Popular", "Sport news", "Weather today", "* Harbour reopens after repairs",
                "* Fishermen count the cost of a summer", "* The council votes on a budget");
        assertThat(kept(far, true, false, false, false, false, false, false, false)).containsOnly(false);
        LineInput menu = input(TEXT, "* Home", "* World", "* Sport", "* Contact");
        assertThat(kept(menu, true, false, false, false, false)).containsOnly(false);
    }

    @Test
    void aBoxOfHeadlinesBelowALabelOrAShareBarOrWithSeparatorsIsNotTheArticlesList() {
        LineInput label = input(TEXT, "MOST RECENTLY DISCUSSED", "* Where are the apps for e-readers?",
                "* Commerce weekly: payments give an opening", "* The miracle of a thumbnail image from Mars");
        assertThat(kept(label, true, true, true, false, false)).containsOnly(false);
        LineInput shareBar = input(List.of(TEXT, "Share this page", "* Two bailed over fatal hit-and-run",
                "* Fewer injuries in shared space", "* Stowaway cat travels 2,000 miles"),
                new String[] {null, "social", null, null, null}, new boolean[5]);
        assertThat(kept(shareBar, true, false, false, false, false)).containsOnly(false);
        LineInput separated = input(TEXT, "* League and players resume talks in New York | Fehr",
                "* White House visits: Stars | Wings | Photos", "* Hall of Famers: Last 20 years | Steady Sakic");
        assertThat(kept(separated, true, false, false, false)).containsOnly(false);
    }

    /** Lines a rule took, as the cleaner and the training's decisions pass them to the list pass. */
    private static final class PageDecisionsLike {
        static boolean[] ruled(LineInput in) {
            boolean[] out = new boolean[in.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = in.ruleKinds()[k] != null || in.endMarkers()[k];
            }
            return out;
        }
    }
}
