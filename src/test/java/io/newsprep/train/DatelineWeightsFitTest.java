package io.newsprep.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dateline weights fitted from a small set in the corpus layout, cleaned by the real cleaner: the same file every
 * time, weights that prefer the dateline under the headline to a related story's date, and held-out figures by site.
 */
class DatelineWeightsFitTest {

    private static final String P = "The council met on Tuesday evening to discuss the budget for the coming year, and "
            + "members argued for several hours about the cost of repairs to the bridge over the river.";

    /** Six pages of six sites: a dateline under the headline, the body, and a related story's older date. */
    private static Path set(Path dir) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        StringBuilder gold = new StringBuilder();
        StringBuilder manifest = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            String day = String.format("2019-11-%02d", 10 + i);
            String page = String.join("\n", "Home", "News", "Sport", "", "Council argues over the bridge repairs " + i, "",
                    "November " + (10 + i) + ", 2019", "", P, "", P, "", P, "", "Related stories", "",
                    "Flooding closes the old road - October " + i + ", 2019", "");
            Files.writeString(dumps.resolve("p" + i + ".txt"), page);
            gold.append("{\"id\":\"p").append(i).append("\",\"url\":\"https://site").append(i)
                    .append(".example/a\",\"published\":\"").append(day).append("\"}\n");
            manifest.append("{\"id\":\"p").append(i).append("\",\"published_visible\":true}\n");
        }
        Files.writeString(dir.resolve("gold.jsonl"), gold);
        Files.writeString(dir.resolve("manifest.jsonl"), manifest);
        return dir;
    }

    @Test
    void theSamePagesGiveTheSameWeightsFileAndItPicksTheDateline(@TempDir Path dir) throws IOException {
        Path set = set(dir);
        List<String> out = new ArrayList<>();
        String first = new DatelineWeightsFit(out::add).fit(List.of(set));
        assertThat(new DatelineWeightsFit(line -> { }).fit(List.of(set))).isEqualTo(first);
        assertThat(first).startsWith("# Weights of the dateline score").contains("\nthreshold\t").contains("\ncue_published\t");
        assertThat(out.get(0)).isEqualTo("6 pages with a gold date, 6 where the dump shows it, 6 of which have a candidate on that day");
        assertThat(out.get(1)).startsWith("in sample: shown 6, right day 6 (1.000), wrong 0");
    }

    @Test
    void crossValidatesByFoldsOfSites(@TempDir Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        new DatelineWeightsFit(out::add).crossValidate(List.of(set(dir)));
        assertThat(out).anySatisfy(l -> assertThat(l).startsWith("5 folds by site, held out:        shown 6, "));
        assertThat(out).anySatisfy(l -> assertThat(l).startsWith("5 folds by site, shipped weights: shown 6, right day 6"));
    }
}
