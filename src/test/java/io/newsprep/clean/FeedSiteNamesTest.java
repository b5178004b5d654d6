package io.newsprep.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedSiteNamesTest {

    private static final String P = "The regional government said on Tuesday that the harbour would reopen to ships next "
            + "month, after two years of repairs that cost far more than the council had planned at the start.";

    @Test
    void aBloggersAtomAndRssLinksNameTheBlog() {
        assertThat(FeedSiteNames.of(List.of("#Harbour Notes - Atom Harbour Notes - RSS Harbour Notes - Atom", "Menu")))
                .containsExactly("harbour notes");
    }

    @Test
    void wordPressFeedsNameTheSiteButACommentFeedIsNotTaken() {
        assertThat(FeedSiteNames.of(List.of("#Küstenblog » Feed Küstenblog » Kommentar-Feed "
                + "Küstenblog » Hafen öffnet wieder Comments Feed")))
                .containsExactly("küstenblog");
    }

    @Test
    void namesInOtherScriptsAreRead() {
        assertThat(FeedSiteNames.of(List.of("#Морской вестник - RSS", "#Журнал порта - Atom")))
                .containsExactly("морской вестник", "журнал порта");
        assertThat(FeedSiteNames.of(List.of("#港湾ニュース RSS Feed"))).containsExactly("港湾ニュース");
    }

    @Test
    void onlyLinesThatStartWithAHashAndNameAFeedCount() {
        assertThat(FeedSiteNames.of(List.of("Harbour Notes - RSS", "#Top", "# Harbour Notes", P))).isEmpty();
    }

    @Test
    void theChooserPassesOverTheSitesFeedName() {
        List<String> lines = List.of("#Harbour Notes - Atom Harbour Notes - RSS", "Harbour Notes", "Menu",
                "Harbour reopens after two years", P);
        List<LineKind> kinds = new ArrayList<>(Arrays.asList(new LineKind[lines.size()]));
        HeadlinePage text = new HeadlinePage(lines, kinds, new boolean[lines.size()], 4, 4, 4, -1, lines.get(0), null,
                false);
        LearnedHeadlineChooser chooser = new LearnedHeadlineChooser(HeadlineModel.bundled());
        assertThat(chooser.choose(text)).isNotIn(0, 1);
        java.util.Set<String> names = FeedSiteNames.of(lines);
        assertThat(LearnedHeadlineChooser.feedNamed(text, names, 1)).isTrue();
        assertThat(LearnedHeadlineChooser.feedNamed(text, names, 3)).isFalse();
        assertThat(FeedSiteNames.isFeedLine(lines.get(0))).isTrue();
        assertThat(FeedSiteNames.isFeedLine("#1 Harbour reopens after two years")).isFalse();
    }
}
