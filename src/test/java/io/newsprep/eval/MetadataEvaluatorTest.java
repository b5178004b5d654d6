package io.newsprep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataEvaluatorTest {

    @Test
    void namesMatchAfterFoldingCaseDiacriticsAndByline() {
        assertThat(MetadataMatch.authorsRight(List.of("José Álvarez"), List.of("José Álvarez"), List.of("By JOSE ALVAREZ")))
                .isTrue();
        assertThat(MetadataMatch.authorsRight(List.of("A B", "C D"), List.of("A B", "C D"), List.of("A B"))).isFalse();
        assertThat(MetadataMatch.authorsRight(List.of("A B"), List.of("A B"), List.of("A B", "X Y"))).isTrue();
        assertThat(MetadataMatch.authorsRight(List.of("A B"), List.of("A B"), List.of("A B", "X Y", "Z W"))).isFalse();
        assertThat(MetadataMatch.sameName("The Hill", "TheHill")).isTrue();
        assertThat(MetadataMatch.sameName("CBSSports.com", "CBSSports")).isTrue();
        assertThat(MetadataMatch.sameName("Vox", "Vox Media, LLC")).isFalse();
        assertThat(MetadataMatch.day("2019-11-20T02:59:46Z")).isEqualTo("2019-11-20");
        assertThat(MetadataMatch.day("20030513")).isEqualTo("2003-05-13");
    }

    @Test
    void scoresDumpsOnlyWhereTheDumpShowsTheValueAndHtmlAlways(@TempDir Path temp) throws Exception {
        Path gold = Files.writeString(temp.resolve("gold.jsonl"), """
                {"id": "a", "published": "2019-11-19T10:00:00Z", "authors": ["Tom Krisher"], "section": "Tech", "site_name": "The Daily Courier"}
                {"id": "b", "published": "2019-11-19", "authors": [], "section": null, "site_name": "Vox"}
                """);
        Path manifest = Files.writeString(temp.resolve("manifest.jsonl"), """
                {"id": "a", "published_visible": true, "authors_visible": ["Tom Krisher"], "section_visible": false, "site_name_visible": true}
                {"id": "b", "published_visible": false, "authors_visible": [], "section_visible": null, "site_name_visible": true}
                """);
        Path articles = Files.writeString(temp.resolve("articles.jsonl"), """
                {"id": "1", "source_file": "dumps/a.txt", "published": "2019-11-19T10:00:00+00:00", "authors": ["TOM KRISHER"], "section": "Copy", "source_name": "Daily Courier"}
                {"id": "2", "source_file": "html/b.html.gz", "published": "2019-11-18T23:00:00-05:00", "authors": [], "section": null, "source_name": null}
                """);
        MetadataEvaluator evaluator = new MetadataEvaluator();
        Map<String, MetadataGold> g = evaluator.gold(List.of(gold, manifest), w -> { });
        MetadataResult r = evaluator.evaluate(g, articles, w -> { });

        assertThat(r.of(MetadataField.SECTION)).isEmpty();
        assertThat(r.format(5)).contains(
                "published: right=0.5000 wrong=0.5000 null=0.0000 precision=0.5000 docs=2",
                "published dumps: right=1.0000",
                "authors: right=1.0000 wrong=0.0000 null=0.0000 precision=1.0000 docs=1",
                "publisher: right=0.5000 wrong=0.0000 null=0.5000 precision=1.0000 docs=2");
    }

    @Test
    void evalDevMetadataGoldIsReadWithItsFlags() throws Exception {
        Path file = Path.of(getClass().getResource("/eval/eval-dev-metadata.jsonl").toURI());
        Map<String, MetadataGold> g = new MetadataEvaluator().gold(List.of(file), w -> { });
        assertThat(g.values().stream().filter(x -> Boolean.TRUE.equals(x.publishedVisible()))).hasSize(29);
        assertThat(g.values().stream().filter(x -> !x.authorsVisible().isEmpty())).hasSize(23);
    }
}
