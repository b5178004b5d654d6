package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.model.ModelFile;
import io.newsprep.output.ExplainFormatter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code explain} with the shipped line model deciding: a line the model dropped shows its probability and the
 * features that weighed most in that score; the hand-made path's rows stay as they were, with no evidence.
 */
class ModelExplanationTest {

    private static final Path SEED = Path.of("src/test/resources/seeds/001_e63c77a8b3e5a699.txt");

    /** A real dump with the chrome around it that news sites print: a teaser and a sign-up line between paragraphs. */
    private static Dump withChrome() throws IOException {
        List<String> lines = new ArrayList<>(TestDumps.read(SEED).lines());
        lines.addAll(0, List.of("Home | World | Sport | Contact", "", "Subscribe", "", "Teaser headline here", ""));
        lines.addAll(List.of("", "Share this article", "", "Harbour reopens after repairs", "", "© 2024 Example Media",
                "", "Weather 12°C Seoul", "", "Markets 2,541.3 +0.4%", "", "Fishermen count the cost of a wet summer"));
        return TestDumps.of("chrome.txt", lines);
    }

    @Test
    void aLineTheModelDroppedNamesItsProbabilityAndItsStrongestFeatures() throws IOException {
        Dump dump = withChrome();
        CleanedDocument doc = new Cleaner(ModelFile.shipped()).clean(dump, null);
        String out = ExplainFormatter.format("chrome.txt", dump.lines(), doc.verdicts(), Map.of());
        LineVerdict teaser = doc.verdicts().stream().filter(v -> v.text().equals("Weather 12°C Seoul"))
                .findFirst().orElseThrow();
        assertThat(teaser.kept()).isFalse();
        assertThat(teaser.rule()).matches("model:0\\.\\d\\d");
        assertThat(teaser.evidence()).isNotBlank();
        String row = out.lines().filter(l -> l.contains("Weather 12°C Seoul")).findFirst().orElseThrow();
        assertThat(row).contains("DROP", teaser.rule(), "Weather 12°C Seoul  <- " + teaser.evidence());
        assertThat(teaser.evidence().split(", ")).as("the three strongest features").hasSize(3)
                .allMatch(feature -> !feature.contains("_") && !feature.contains("="), "in plain words, not raw names");
    }

    @Test
    void rulesAndTheHandMadeClassifierGiveNoEvidenceSoTheirRowsStayAsTheyWere() throws IOException {
        Dump dump = withChrome();
        CleanedDocument doc = Cleaner.withoutModel().clean(dump, null);
        assertThat(doc.verdicts()).allMatch(v -> v.evidence() == null);
        String out = ExplainFormatter.format("chrome.txt", dump.lines(), doc.verdicts(), Map.of());
        assertThat(out).doesNotContain("<-").doesNotContain("model:");
        CleanedDocument modelled = new Cleaner(ModelFile.shipped()).clean(dump, null);
        assertThat(modelled.verdicts()).filteredOn(v -> !v.rule().startsWith("model:"))
                .allMatch(v -> v.evidence() == null);
    }
}
