package io.newsprep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TitleEvaluatorTest {

    @Test
    void titlesMatchAfterNormalisingCasePunctuationSpaceAndCompatibilityForms() {
        assertThat(TitleMatch.exact("‘We had some issues,’ exec says", "we had some  issues exec says")).isTrue();
        assertThat(TitleMatch.exact("Ｆｕｌｌ width – title", "full width title")).isTrue();
        assertThat(TitleMatch.exact("엘제이-류화영 진흙탕 싸움", "엘제이 류화영 진흙탕 싸움")).isTrue();
        assertThat(TitleMatch.exact("A title", "A title | Site")).isFalse();
        assertThat(TitleMatch.exact("...", "")).isFalse();
    }

    @Test
    void scoresExactMissingAndWrongTitlesPerFolder(@TempDir Path temp) throws Exception {
        Path gold = Files.writeString(temp.resolve("gold.jsonl"), """
                {"id": "a", "title": "First headline", "articleBody": "x"}
                {"id": "b", "title": "Second headline"}
                {"id": "c", "title": null}
                {"id": "d", "title": "Fourth headline"}
                """);
        Path articles = Files.writeString(temp.resolve("articles.jsonl"), """
                {"id": "1", "source_file": "dumps/a.txt", "title": "FIRST HEADLINE!"}
                {"id": "2", "source_file": "html/b.html.gz", "title": "Menu"}
                {"id": "3", "source_file": "html/c.html", "title": "Anything"}
                {"id": "4", "source_file": "dumps/d.txt", "title": null}
                """);
        TitleEvaluator evaluator = new TitleEvaluator();
        Map<String, String> titles = evaluator.goldTitles(List.of(gold), w -> { });
        TitleResult r = evaluator.evaluate(titles, articles, w -> { });

        assertThat(titles).containsOnlyKeys("a", "b", "d");
        assertThat(r.exact()).isEqualTo(1.0 / 3);
        assertThat(r.missing()).isEqualTo(1.0 / 3);
        assertThat(r.byFolder()).containsOnlyKeys("dumps", "html");
        assertThat(r.format(5)).contains("title: exact=0.3333 missing=0.3333 wrong=0.3333 docs=3",
                "title dumps: exact=0.5000 missing=0.5000 wrong=0.0000 docs=2",
                "title html: exact=0.0000 missing=0.0000 wrong=1.0000 docs=1", "got: Menu");
    }

    @Test
    void everyEvalDevPageHasAGoldTitle() throws Exception {
        Path titles = Path.of(getClass().getResource("/eval/eval-dev-titles.jsonl").toURI());
        assertThat(new TitleEvaluator().goldTitles(List.of(titles), w -> { })).hasSize(50);
    }
}
