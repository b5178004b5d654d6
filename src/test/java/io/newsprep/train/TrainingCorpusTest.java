package io.newsprep.train;

import io.newsprep.clean.Cleaner;
import io.newsprep.clean.ModelEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels of a small set in the training layout: line breaks that differ from the gold's, and the conventions. */
class TrainingCorpusTest {

    private static final Path MINI = Path.of("src/test/resources/train/mini");

    private final List<String> warnings = new ArrayList<>();
    private final List<TrainingPage> pages = new TrainingCorpus(new ModelEvidence(Cleaner.withoutModel()))
            .read(MINI, warnings::add);

    private List<String> body(TrainingPage page) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < page.body().length; k++) {
            if (page.body()[k]) {
                out.add(page.input().texts().get(k));
            }
        }
        return out;
    }

    @Test
    void aSetWithoutManifestUsesEveryPageWithAGoldBody(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("mine");
        Files.createDirectories(set.resolve("dumps"));
        Files.copy(MINI.resolve("dumps/mini-1.txt"), set.resolve("dumps/mine-1.txt"));
        Files.writeString(set.resolve("gold.jsonl"), Files.readAllLines(MINI.resolve("gold.jsonl")).get(0)
                .replace("\"mini-1\"", "\"mine-1\"") + "\n");

        List<TrainingPage> mine = new TrainingCorpus(new ModelEvidence(Cleaner.withoutModel())).read(set, warnings::add);

        assertThat(mine).extracting(TrainingPage::id).containsExactly("mine-1");
        assertThat(body(mine.get(0))).isNotEmpty();
    }

    @Test
    void leavesOutPagesWhoseDumpLacksTheirGold() {
        assertThat(pages).extracting(TrainingPage::id).containsExactly("mini-1");
        assertThat(warnings).isEmpty();
    }

    @Test
    void labelsBodyLinesAcrossDifferentLineBreaksAndDropsHeadlineAndByline() {
        TrainingPage page = pages.get(0);
        assertThat(body(page)).containsExactly(
                "The storm that reached the coast on Monday night flooded the old harbour and",
                "left dozens of boats on the quay, the port authority said on Tuesday.",
                "Engineers had warned for years that the sea wall was too low for the spring tides, and the city council",
                "had promised to raise it before the winter.");
        assertThat(page.input().texts().get(page.headline())).isEqualTo("Storm floods the old harbour");
        assertThat(page.host()).isEqualTo("example.com");
        assertThat(page.gold()).doesNotStartWith("Storm floods");
    }

    @Test
    void relatedStoriesBetweenParagraphsAreNotBody() {
        TrainingPage page = pages.get(0);
        int related = page.input().texts().indexOf("Related stories");
        assertThat(page.body()[related]).isFalse();
        assertThat(page.body()[related + 1]).isFalse();
        assertThat(page.body()[related + 2]).isFalse();
        assertThat(page.input().endMarkers()[related]).as("the marker phrase is evidence for the model").isTrue();
    }
}
