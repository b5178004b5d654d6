package io.newsprep.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFileTest {

    private static BinnedLinearStage stage(List<String> names, float scale) {
        float[][] edges = new float[names.size()][];
        float[][] weights = new float[names.size()][];
        for (int f = 0; f < names.size(); f++) {
            edges[f] = new float[] {0.5f, 1.25f};
            weights[f] = new float[] {-scale * f, 0.1f, scale / (f + 1)};
        }
        return new BinnedLinearStage(names, edges, weights, -0.75f);
    }

    private static String file() {
        return ModelFile.write("test model", stage(LineFeatureVectors.NAMES, 0.01f), stage(ContextFeatures.NAMES, 0.02f),
                new SequenceDecoder(2, 0.5, 0.6));
    }

    @Test
    void roundTripGivesTheSameBytesAndModel() {
        String text = file();
        LineModel model = ModelFile.read(text);
        assertThat(ModelFile.write(model.description(), model.first(), model.second(), model.decoder())).isEqualTo(text);
        assertThat(model.version()).hasSize(12).isEqualTo(ModelFile.sha256(text.substring(0, text.lastIndexOf("checksum"))).substring(0, 12));
        assertThat(model.decoder().switchCost()).isEqualTo(2);
        assertThat(model.decoder().relative()).isEqualTo(0.6);
        assertThat(model.first().weights()[3][2]).isEqualTo(0.01f / 4);
        assertThat(model.second().bias()).isEqualTo(-0.75f);
    }

    @Test
    void treesRoundTripAndAddToTheSecondStagesLogOdds() {
        int f = ContextFeatures.NAMES.size() - 1;
        BoostedTrees trees = new BoostedTrees(1, new int[][] {{f}, {-1}}, new float[][] {{0.5f}, {0f}},
                new float[][] {{-1.5f, 2.25f}, {0.125f, 9f}});
        String text = ModelFile.write("test model", stage(LineFeatureVectors.NAMES, 0.01f),
                stage(ContextFeatures.NAMES, 0.02f), trees, new SequenceDecoder(2, 0.5, 0.6));
        LineModel model = ModelFile.read(text);
        assertThat(ModelFile.write(model.description(), model.first(), model.second(), model.trees(), model.decoder()))
                .isEqualTo(text);
        float[] row = new float[ContextFeatures.NAMES.size()];
        row[f] = 0.25f;
        // below the threshold: left leaf of the first tree; no split in the second: always its left leaf
        assertThat(model.trees().score(row)).isEqualTo(-1.5 + 0.125);
        row[f] = 0.5f;
        assertThat(model.trees().score(row)).isEqualTo(2.25 + 0.125);
        assertThat(model.withoutTrees().trees().count()).isZero();
    }

    @Test
    void aTreeOnAFeatureTheStageLacksIsRefused() {
        BoostedTrees trees = new BoostedTrees(1, new int[][] {{ContextFeatures.NAMES.size()}}, new float[][] {{0.5f}},
                new float[][] {{0f, 1f}});
        String text = ModelFile.write("test model", stage(LineFeatureVectors.NAMES, 0.01f),
                stage(ContextFeatures.NAMES, 0.02f), trees, new SequenceDecoder(2, 0.5, 0.6));
        assertThatThrownBy(() -> ModelFile.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a tree splits on feature");
    }

    @Test
    void aDamagedFileIsRefusedWithAReason() {
        String text = file().replace("test model", "test modem");
        assertThatThrownBy(() -> ModelFile.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> ModelFile.read("hello")).hasMessageContaining("not a line model file");
    }

    @Test
    void theShippedModelLoadsWithItsVersionAndDescription() {
        // its load time is measured by the benchmark (PipelineCpuCost), not here
        LineModel model = ModelFile.shipped();
        assertThat(model.version()).hasSize(12);
        assertThat(model.description()).contains("pages");
    }

    @Test
    void binsTakeValuesEqualToAnEdgeIntoTheBinAbove() {
        float[] edges = {0.5f, 1.25f};
        assertThat(BinnedLinearStage.bin(edges, 0.1f)).isEqualTo(0);
        assertThat(BinnedLinearStage.bin(edges, 0.5f)).isEqualTo(1);
        assertThat(BinnedLinearStage.bin(edges, 1.0f)).isEqualTo(1);
        assertThat(BinnedLinearStage.bin(edges, 1.25f)).isEqualTo(2);
        assertThat(BinnedLinearStage.bin(edges, 9f)).isEqualTo(2);
    }
}
