package io.newsprep.output;

import io.newsprep.pipeline.Article;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellLimitTest {

    private static Article withBody(String body) {
        Article a = Articles.sample();
        return new Article(a.id(), a.sourceFile(), a.url(), a.title(), a.subtitles(), a.authors(), a.published(),
                a.section(), body, a.language(), a.languageConfidence(), a.sourceDomain(), a.sourceName(),
                a.sourceMethod(), a.encoding(), a.wordCount(), a.removed(), a.contentSha256(), a.runId(),
                a.ingestedAt(), a.pipelineVersion());
    }

    private static CSVRecord row(Article article) throws Exception {
        ArticleCsv csv = new ArticleCsv();
        String text = csv.header() + ArticleCsv.RECORD_SEPARATOR + csv.row(article) + ArticleCsv.RECORD_SEPARATOR;
        try (CSVParser parser = ArticleCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(1);
            return rows.get(0);
        }
    }

    @Test
    void aBodyLongerThanASpreadsheetCellIsCutWithAMarkerAndFlagged() throws Exception {
        String body = "word ".repeat(20_000).strip(); // 99,999 characters
        CSVRecord row = row(withBody(body));

        assertThat(row.get("body")).hasSize(CsvTextCell.MAX_CELL).endsWith(CsvTextCell.CUT_MARKER)
                .startsWith(body.substring(0, 1000));
        assertThat(row.get("body_truncated")).isEqualTo("true");
        assertThat(new ArticleJson().toLine(withBody(body))).contains(body); // JSON Lines keeps the whole text
    }

    @Test
    void aBodyThatFitsIsWhole() throws Exception {
        String body = "x".repeat(CsvTextCell.MAX_CELL);
        CSVRecord row = row(withBody(body));

        assertThat(row.get("body")).isEqualTo(body);
        assertThat(row.get("body_truncated")).isEqualTo("false");
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String body = "😀".repeat(CsvTextCell.MAX_CELL);
        String cell = CsvTextCell.cut(body);

        assertThat(cell.length()).isLessThanOrEqualTo(CsvTextCell.MAX_CELL);
        String kept = cell.substring(0, cell.length() - CsvTextCell.CUT_MARKER.length());
        assertThat(kept.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
    }
}
