package io.newsprep.train;

import io.newsprep.model.LineModel;
import io.newsprep.model.ModelFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Training end to end on a small set in the corpus layout: a readable model, the same bytes every time. */
class TrainingRunTest {

    private static final Path MINI = Path.of("src/test/resources/train/mini");

    private static String train() {
        return new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, line -> { }).train();
    }

    @Test
    void theSameDataGiveTheSameModelFile() {
        String first = train();
        assertThat(train()).isEqualTo(first);
        LineModel model = ModelFile.read(first);
        assertThat(model.description()).isEqualTo("trained on mini: 1 pages, 11 lines");
        assertThat(model.decoder().relative()).isEqualTo(0.6);
    }

    @Test
    void aModelWithTreesIsAlsoTheSameEveryTime() {
        String first = new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, line -> { }).train();
        assertThat(new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, line -> { }).train()).isEqualTo(first);
        assertThat(ModelFile.read(first).trees().count()).isEqualTo(5);
    }

    @Test
    void pagesReadWithoutTheirStopWordListGiveAnotherModelTheSameEveryTime() {
        String plain = new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 0, 3, 0.1, 0, line -> { }).train();
        String dropped = new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 0, 3, 0.1, 1, line -> { }).train();
        assertThat(dropped).isNotEqualTo(plain);
        assertThat(new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 0, 3, 0.1, 1, line -> { }).train()).isEqualTo(dropped);
    }

    @Test
    void theLeastCurvatureOfASplitShapesTheTrees() {
        // eleven lines hold less than the default 5 of curvature: the default trees cannot split, a lower bound can
        String unsplit = new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, 3, 0.2, 0, line -> { }).train();
        String split = new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, 3, 0.2, 0.1, 0, line -> { }).train();
        assertThat(split).isNotEqualTo(unsplit);
        assertThat(new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, 3, 0.2, 0.1, 0, line -> { }).train()).isEqualTo(split);
        assertThat(new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, 5, 3, 0.2, 5, 0, line -> { }).train()).isEqualTo(unsplit);
    }

    @Test
    void reportsWhatItRead() {
        List<String> out = new ArrayList<>();
        new TrainingRun(List.of(MINI), 0.5, 0, 0.5, 0.6, out::add);
        assertThat(out).singleElement().asString().startsWith("mini: 1 pages, 11 lines, ");
    }

    @Test
    void aFolderOutsideTheLayoutIsRefusedInOneLine() {
        assertThatThrownBy(() -> new TrainingRun(List.of(MINI.resolve("dumps")), 0.5, 0, 0.5, 0.6, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a training set folder");
    }
}
