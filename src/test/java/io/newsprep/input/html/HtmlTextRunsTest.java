package io.newsprep.input.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.Dump;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.PipelineFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the main block of a saved page lies when its paragraphs are not all {@code <p>}s. */
class HtmlTextRunsTest {

    private static final Cleaner CLEANER = Cleaner.withDefaults();

    @Test
    void aBlogPostWrittenWithBreaksIsTheArticleEvenInsideAWidgetWrapper() throws Exception {
        Dump page = load("blog-post-without-paragraphs.html");
        assertThat(marked(page)).containsExactly(
                "The ferry to the outer islands sailed again on Saturday morning after the winter storms had kept it in port for nine days",
                "Islanders had been waiting for fuel, post and fresh food since the last crossing.",
                "The operator said the timetable would be back to normal by Monday, with an extra evening sailing for freight during the first week.",
                "Passengers are asked to book ahead, as the first crossings are expected to be full.");
        CleanedDocument doc = CLEANER.clean(page, null);
        // the first paragraph has no full stop and sits right below the headline: it is text, not a deck
        assertThat(doc.body()).startsWith("The ferry to the outer islands sailed again")
                .contains("Passengers are asked to book ahead")
                .doesNotContain("If you like what you read here", "New lighthouse keeper");
        assertThat(String.join("\n", doc.subtitles())).doesNotContain("The ferry");
    }

    @Test
    void commentsBelowAPostStayOutEvenWhenTheyUseThePostsTextClassAndOutweighIt() throws Exception {
        Dump page = load("post-with-comment-thread.html");
        assertThat(marked(page)).containsExactly(
                "Sunday is the one day most working families have free, yet it is the day the town library keeps its doors shut.",
                "A trial of Sunday opening in two neighbouring towns drew more visitors than any weekday, and most of them were children.");
        CleanedDocument doc = CLEANER.clean(page, null);
        assertThat(doc.body()).contains("Sunday is the one day", "A trial of Sunday opening")
                .doesNotContain("volunteer on a Sunday", "Who is going to pay", "Older comments");
    }

    @Test
    void aReadMoreLinkAboveTheRestOfTheStoryDoesNotEndIt() throws Exception {
        CleanedDocument doc = CLEANER.clean(load("story-folded-behind-read-more.html"), null);
        assertThat(doc.body()).contains("The routes will link the four largest villages",
                        "Councillors said the cost would be met", "A fourth route, to the hospital")
                .doesNotContain("Bridge closed for repairs");
    }

    @Test
    void aCommentListWhoseNamesAreOneWordStaysOutOfTheArticle() throws Exception {
        Dump page = load("post-with-comment-list.html");
        assertThat(String.join("\n", page.lines())).doesNotContain("time capsule", "shopping lists");
        CleanedDocument doc = CLEANER.clean(page, null);
        assertThat(doc.body()).contains("Every evening, before the lights go out", "that is most of its charm")
                .doesNotContain("Heather", "notebook my sister gave me", "tried an app");
    }

    @Test
    void aStorySplitIntoSectionsOfOneShapeAroundAChartIsKeptWhole() throws Exception {
        Dump page = load("story-in-sections-around-a-chart.html");
        assertThat(marked(page)).contains("The work is due to start in the autumn, when the reservoir is at its lowest, "
                + "and will take two summers to complete.");
        CleanedDocument doc = CLEANER.clean(page, null);
        assertThat(doc.body()).contains("Households in the valley will pay", "engineers found last summer",
                        "The board will borrow most of the cost", "supply the whole valley on its own")
                .doesNotContain("The Valley Courier");
    }

    @Test
    void releaseNotesWrittenAsAListAreTheArticleAndTheirLinkedItemsStay() throws Exception {
        Dump page = load("release-notes-as-a-list.html");
        assertThat(marked(page)).contains(
                "We fixed Bug 1201, which made the reader forget the page you were on when the window was closed during a download.",
                "Pictures in long articles no longer jump when they finish loading, as reported in Bug 1188.");
        CleanedDocument doc = CLEANER.clean(page, null);
        assertThat(doc.body()).contains("We fixed Bug 1201", "Saved articles now open", "Pictures in long articles",
                        "Dark mode now also covers the settings page")
                .doesNotContain("Another blog", "A third blog");
    }

    @Test
    void textRunsSplitAtBreaksAndBlocksAndLeaveOutLinkListsAndWrappedBlocks() {
        org.jsoup.nodes.Element div = org.jsoup.Jsoup.parse("<div>A first run of text long enough to count<br>"
                + "<a href=/a>Only a link to another story here</a><br>"
                + "<span>a span around <div>a whole block of text that is not part of any run</div></span>"
                + "Last run, <b>with emphasis</b> inside it and more words</div>").selectFirst("div");
        assertThat(HtmlChromeRemover.MainBlockFinder.textRuns(div)).containsExactly(
                "A first run of text long enough to count", "Last run, with emphasis inside it and more words");
    }

    private static Dump load(String name) throws Exception {
        Path file = Paths.get(HtmlTextRunsTest.class.getResource("/html/" + name).toURI());
        return PipelineFactory.documentLoader().load(SourceFile.of(file.getParent(), file));
    }

    private static List<String> marked(Dump page) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            if (page.marked().contains(i)) {
                out.add(page.lines().get(i));
            }
        }
        return out;
    }
}
