package io.newsprep.output;

import io.newsprep.pipeline.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleCsvTest {

    private final ArticleCsv csv = new ArticleCsv();

    @Test
    void headerNamesEveryScalarFieldAndNotTheRemovedLines() {
        assertThat(csv.header()).isEqualTo("id,source_file,url,title,subtitles,authors,published,section,body,"
                + "language,language_confidence,source_domain,source_name,source_method,encoding,word_count,"
                + "content_sha256,run_id,ingested_at,pipeline_version,doc_id,change,published_precision,published_raw,"
                + "body_truncated,crawled_at,warc_record_id,encoding_errors,cluster_id,duplicate_of,duplicate_similarity,published_method,authors_method,section_method,source_name_method");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tlead tab", "\r=1+1",
            " =leading space", "   +1", "\u00a0=1+1", "\u200b=HYPERLINK(\"http://x\")", "\ufeff@SUM(A1)",
            "\"=1+1", "'=1+1", "\u00a0\u200b \"-2+3", "\u2007@x"})
    void neutralisesCellsThatASpreadsheetWouldTakeForAFormula(String title) throws IOException {
        String cell = parse(csv.row(Articles.withTitle(title))).get("title");

        assertThat(cell).startsWith("'").isNotEqualTo("'");
        assertThat(cell.substring(1)).doesNotContain("\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Seoul - markets close higher", "1+1=2", "user@example.com", "'quoted",
            "한국 증시 = 상승", "\u00a0Seoul", "\"Quoted\" - said"})
    void leavesOrdinaryTextAlone(String title) throws IOException {
        assertThat(parse(csv.row(Articles.withTitle(title))).get("title")).isEqualTo(title);
    }

    @Test
    void neutralisesAFormulaHiddenBehindAControlCharacter() throws IOException {
        assertThat(parse(csv.row(Articles.withTitle("\u0000=cmd|' /C calc'!A0"))).get("title"))
                .isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void neutralisesListCellsAndBodyToo() throws IOException {
        CSVRecord row = parse(csv.row(Articles.withText("t", List.of("-minus"), List.of("@handle"), "=body")));

        assertThat(row.get("subtitles")).isEqualTo("'-minus");
        assertThat(row.get("authors")).isEqualTo("'@handle");
        assertThat(row.get("body")).isEqualTo("'=body");
    }

    @Test
    void writesNumbersAsPlainNumbers() throws IOException {
        CSVRecord tiny = parse(csv.row(Articles.withConfidence(0.0001)));
        CSVRecord full = parse(csv.row(Articles.withConfidence(1.0)));

        assertThat(tiny.get("language_confidence")).isEqualTo("0.0001");
        assertThat(full.get("language_confidence")).isEqualTo("1");
        assertThat(full.get("word_count")).isEqualTo("11");
    }

    @Test
    void dropsControlCharactersButKeepsNewlinesAndTabs() throws IOException {
        CSVRecord row = parse(csv.row(Articles.withText("a\u0000b\u0007c\u001Bd\u007Fe\u0085f",
                List.of(), List.of(), "line one\r\nline two\rline three\n\tindented")));

        assertThat(row.get("title")).isEqualTo("abcdef");
        assertThat(row.get("body")).isEqualTo("line one\nline two\nline three\n\tindented");
    }

    @Test
    void writesAbsentValuesAsEmptyCells() throws IOException {
        CSVRecord row = parse(csv.row(Articles.withNulls()));

        assertThat(row.get("url")).isEmpty();
        assertThat(row.get("title")).isEmpty();
        assertThat(row.get("authors")).isEmpty();
        assertThat(row.get("source_domain")).isEmpty();
    }

    @Test
    void roundTripsEveryFieldThroughAFile(@TempDir Path dir) throws IOException {
        List<Article> articles = List.of(
                Articles.sample(),
                Articles.withNulls(),
                Articles.withText("Comma, \"quotes\" and 'apostrophes'",
                        List.of("first | with pipe", "second, with comma"), List.of("O'Brien, Pat", "Lee \"Jay\""),
                        "Paragraph one, with comma.\n\n\"Quoted\" paragraph two."),
                Articles.withText("코스피, 3% 상승 마감", List.of("외국인 순매수 | 반도체 강세"), List.of("김민지 기자"),
                        "서울 증시는 21일 \"상승\"으로 마감했다.\n\n거래량은 늘었다."),
                Articles.withText("", List.of(""), List.of(), "trailing space \n\n"));
        Path file = dir.resolve("articles.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(csv.header() + ArticleCsv.RECORD_SEPARATOR);
            for (Article a : articles) {
                out.write(csv.row(a) + ArticleCsv.RECORD_SEPARATOR);
            }
        }

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = withHeader().parse(in)) {
            rows = parser.getRecords();
        }

        assertThat(rows).hasSize(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.size()).isEqualTo(ArticleField.SCALAR.size());
            for (ArticleField field : ArticleField.SCALAR) {
                assertThat(row.get(field.key())).as("row %d %s", i, field.key()).isEqualTo(expectedCell(field, a));
            }
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("id,").endsWith("\r\n");
    }

    @SuppressWarnings("unchecked")
    private static String expectedCell(ArticleField field, Article a) {
        return switch (field) {
            case SUBTITLES, AUTHORS -> String.join(" | ", (List<String>) field.valueOf(a));
            case LANGUAGE_CONFIDENCE -> a.languageConfidence() == 0.0 ? "0" : Double.toString(a.languageConfidence());
            case WORD_COUNT -> Integer.toString(a.wordCount());
            case BODY_TRUNCATED -> field.valueOf(a).toString();
            case ENCODING_ERRORS -> Integer.toString(a.encodingErrors());
            default -> field.valueOf(a) == null ? "" : (String) field.valueOf(a);
        };
    }

    private CSVRecord parse(String row) throws IOException {
        try (CSVParser parser = withHeader().parse(new StringReader(csv.header() + "\r\n" + row + "\r\n"))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(1);
            return records.get(0);
        }
    }

    private static CSVFormat withHeader() {
        return ArticleCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
