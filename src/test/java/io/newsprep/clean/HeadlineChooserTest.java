package io.newsprep.clean;

import io.newsprep.pipeline.PipelineFactory;
import io.newsprep.input.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HeadlineChooserTest {

    private static final String P1 = "The regional government said on Tuesday that the harbour would reopen to ships next "
            + "month, after two years of repairs that cost far more than the council had planned at the start.";
    private static final String P2 = "Fishermen who had moved their boats to the next town welcomed the news, although "
            + "several said they would wait to see whether the new quays are as sound as the engineers promise.";

    @Test
    void theBundledModelHasAWeightForEveryFeatureAndAVersion() {
        HeadlineModel model = HeadlineModel.bundled();
        assertThat(model.version()).isGreaterThanOrEqualTo(1);
        assertThat(HeadlineModel.read(model.write(List.of())).write(List.of())).isEqualTo(model.write(List.of()));
    }

    @Test
    void aModelFileWithAMissingOrUnknownFeatureIsRefused() {
        String file = HeadlineModel.bundled().write(List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> HeadlineModel.read(file.replaceFirst("(?m)^words_1 .*\\n", "")))
                .withMessageContaining("words_1");
        assertThatIllegalArgumentException().isThrownBy(() -> HeadlineModel.read(file + "no_such_feature 1.0\n"))
                .withMessageContaining("no_such_feature");
    }

    @Test
    void theHeadlineBelowTheMenuAndAboveTheBylineIsChosenOverChrome(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), String.join("\n", "Home", "World", "Business", "Sport",
                "Share this article", "Harbour reopens after two years of repairs", "By Jane Smith",
                "November 4, 2024", "Most read", P1, P2, "Related stories", "Another story about the weather today",
                "© 2024 Example News") + "\n", StandardCharsets.UTF_8);
        CleanedDocument d = new Cleaner().clean(PipelineFactory.documentLoader().load(SourceFile.of(dir, file)), null);

        assertThat(d.title()).isEqualTo("Harbour reopens after two years of repairs");
        LineVerdict title = d.verdicts().stream().filter(v -> v.kind() == LineKind.TITLE).findFirst().orElseThrow();
        assertThat(title.rule()).isEqualTo("headline:title");
        assertThat(d.paragraphs()).contains(P1, P2).doesNotContain(title.text());
    }

    @Test
    void noLineOfTheBodyIsTakenWhenNothingStandsAboveIt() {
        HeadlinePage page = page(List.of(P1, "Short heading in the text", P2), 0, -1, null, false);
        assertThat(HeadlineCandidates.of(page)).isEmpty();
        assertThat(HeadlineChooser.learned().choose(page)).isEqualTo(-1);
    }

    @Test
    void aSavedPageWithoutAConvincingLineKeepsItsMetadataTitle() {
        HeadlinePage page = page(List.of("Menu", P1, P2), 1, -1, "Harbour reopens | Example News", true);
        int chosen = HeadlineChooser.learned().choose(page);
        assertThat(chosen).isIn(-1, 0);
        assertThat(HeadlineText.withoutSiteName("Harbour reopens after two years | Example News"))
                .isEqualTo("Harbour reopens after two years");
        assertThat(HeadlineText.withoutSiteName("No separator here")).isEqualTo("No separator here");
    }

    @Test
    void featuresSeeRepeatsPageTitleAndPosition() {
        List<String> lines = List.of("Harbour reopens after two years - Example News", "Home",
                "Harbour reopens after two years", "By Jane Smith", P1, P2);
        HeadlinePage page = page(lines, 4, -1, lines.get(0), false);
        double[] x = new HeadlineFeatures(page).of(2);
        assertThat(x[HeadlineFeatures.NAMES.indexOf("page_title_headline_part")]).isEqualTo(1);
        assertThat(x[HeadlineFeatures.NAMES.indexOf("pos_above_2")]).isEqualTo(1);
        assertThat(x[HeadlineFeatures.NAMES.indexOf("contained_in_other_line")]).isEqualTo(1);
        assertThat(HeadlineChooser.learned().choose(page)).isEqualTo(2);
    }

    @Test
    void trainingIsDeterministic() {
        List<String> lines = List.of("Home", "World", "Harbour reopens after two years", "By Jane Smith", P1, P2);
        List<LineKind> kinds = Arrays.asList(LineKind.NAVIGATION, null, null, LineKind.BYLINE, null, null);
        List<HeadlineExample> examples = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            HeadlinePage p = new HeadlinePage(lines, kinds, new boolean[lines.size()], 4, 4, 5, -1, null, null, false);
            examples.add(HeadlineExample.of("p" + k, "test", "site" + k, "text", p, "Harbour reopens after two years"));
        }
        String first = HeadlineTraining.train(examples, 1.0, 7).write(List.of());
        String second = HeadlineTraining.train(examples, 1.0, 7).write(List.of());
        assertThat(first).isEqualTo(second);
        assertThat(HeadlineTraining.exact(HeadlineModel.read(first), examples)).isEqualTo(1.0);
    }

    @Test
    void aSavedPageWhoseTitleIsOnlyTheBlogsNameGetsTheLineAboveThePost() {
        HeadlinePage page = page(List.of("« Older post | Blog Home | Newer post »", "The importance of going first", P1, P2),
                2, -1, "Seth's Blog", true);
        assertThat(HeadlineChooser.learned().choose(page)).isEqualTo(1);
    }

    @Test
    void aSavedPageWhoseMetadataTitleWinsGivesTheLineThatShowsIt() {
        HeadlinePage page = page(List.of("Menu", "Harbour reopens after two years of repairs", P1, P2),
                2, -1, "Harbour reopens after two years of repairs | Example News", true);
        int chosen = HeadlineChooser.learned().choose(page);
        assertThat(chosen).isEqualTo(1);
        assertThat(page.headlineText(chosen)).isEqualTo("Harbour reopens after two years of repairs");
    }

    @Test
    void aLinkToTheNextPostIsNoHeadline() {
        HeadlinePage page = page(List.of("Menu", "Harbour reopens after two years of repairs",
                "Fishermen return to the old quays »", P1, P2), 3, -1, null, false);
        assertThat(HeadlineChooser.learned().choose(page)).isEqualTo(1);
    }

    private static HeadlinePage page(List<String> lines, int bodyStart, int ruleTitle, String pageTitle, boolean meta) {
        List<LineKind> kinds = new ArrayList<>();
        lines.forEach(l -> kinds.add(null));
        return new HeadlinePage(lines, kinds, new boolean[lines.size()], bodyStart, bodyStart, lines.size() - 1,
                ruleTitle, pageTitle, null, meta);
    }
}
