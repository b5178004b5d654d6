package io.newsprep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A saved page whose title and author hide a formula behind invisible characters, and carry control characters
 * spelled as character references: articles.csv neutralises the cells, and no control character reaches the
 * title or authors in either file. Real page, real jar.
 */
class SpreadsheetSafetyIT {

    @TempDir
    Path work;

    @Test
    void formulasBehindInvisibleCharactersAreNeutralisedAndControlCharactersLeaveTitlesAndAuthors() throws Exception {
        Path landing = Files.createDirectories(work.resolve("landing"));
        List<String> paragraphs = Files.readAllLines(Path.of("src/test/resources/seeds", "001_e63c77a8b3e5a699.txt"));
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>&#8203;=HYPERLINK(&quot;http://example.com/x&quot;) North Korea sends more soldiers&#7;</title>"
                + "<meta property=\"og:title\" content=\"&#8203;=HYPERLINK(&quot;http://example.com/x&quot;) North Korea"
                + " sends more soldiers&#7;\">"
                + "<meta name=\"author\" content=\"&#160;-Kim Min&#27;ji\">"
                + "</head><body><article><h1>&#8203;=HYPERLINK(&quot;http://example.com/x&quot;) North Korea sends more"
                + " soldiers&#7;</h1>");
        for (String paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                page.append("<p>").append(paragraph).append("</p>");
            }
        }
        page.append("</article></body></html>");
        Files.writeString(landing.resolve("page.html"), page);

        JarRunner.Result r = JarRunner.run(work, Duration.ofMinutes(5), List.of(),
                "ingest", "--input", landing.toString(), "--output", work.resolve("out").toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Path run = Path.of(r.lastStdoutLine());
        JsonNode article = RunOutputs.jsonLines(run.resolve("articles.jsonl")).get(0);
        String title = article.get("title").asString();
        assertThat(title).as("the page's own title").contains("North Korea sends more soldiers");
        assertThat(title.chars()).as("no control character in " + title).noneMatch(Character::isISOControl);
        List<String> authors = new ArrayList<>();
        for (JsonNode author : article.get("authors").values()) {
            authors.add(author.asString());
        }
        assertThat(authors).singleElement().satisfies(author ->
                assertThat(author.chars()).as("no control character in " + author).noneMatch(Character::isISOControl));

        CSVRecord row = RunOutputs.csvRecords(run.resolve("articles.csv")).get(0);
        assertThat(row.get("title")).as("a formula behind a zero-width space").startsWith("'");
        assertThat(row.get("authors")).as("a formula behind a no-break space").startsWith("'");
    }
}
