package io.newsprep.output;

import io.newsprep.pipeline.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles as articles.csv rows: the {@link ArticleField#SCALAR} fields, RFC 4180 quoting, lists
 * joined with {@value #LIST_SEPARATOR}, absent values as empty cells, text cells made
 * spreadsheet-safe by {@link CsvTextCell}. {@link #header()} and {@link #row(Article)} return one
 * record without its terminator; write {@link #RECORD_SEPARATOR} after each, in UTF-8.
 * Stateless and thread-safe.
 */
public final class ArticleCsv {

    public static final String RECORD_SEPARATOR = "\r\n";
    public static final String LIST_SEPARATOR = " | ";

    /** The dialect to read articles.csv back with. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator(RECORD_SEPARATOR).get();

    public String header() {
        return FORMAT.format(ArticleField.SCALAR.stream().map(ArticleField::key).toArray());
    }

    public String row(Article article) {
        return FORMAT.format(cells(article).toArray());
    }

    /** A row read back and written again with other cluster cells: a row is the same bytes when written again. */
    public String placedInCluster(String row, String clusterId, String duplicateOf, Double similarity) {
        List<String> cells;
        try (CSVParser parser = CSVParser.parse(row, FORMAT)) {
            cells = new ArrayList<>(parser.getRecords().get(0).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cells.set(ArticleField.SCALAR.indexOf(ArticleField.CLUSTER_ID), text(clusterId));
        cells.set(ArticleField.SCALAR.indexOf(ArticleField.DUPLICATE_OF), text(duplicateOf));
        cells.set(ArticleField.SCALAR.indexOf(ArticleField.DUPLICATE_SIMILARITY), similarity(similarity));
        return FORMAT.format(cells.toArray());
    }

    List<String> cells(Article article) {
        List<String> cells = new ArrayList<>(ArticleField.SCALAR.size());
        for (ArticleField field : ArticleField.SCALAR) {
            cells.add(cell(field, article));
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static String cell(ArticleField field, Article article) {
        return switch (field) {
            case WORD_COUNT -> Integer.toString(article.wordCount());
            case BODY_TRUNCATED -> field.valueOf(article).toString();
            case ENCODING_ERRORS -> Integer.toString(article.encodingErrors());
            case LANGUAGE_CONFIDENCE -> confidence(article.languageConfidence());
            case DUPLICATE_SIMILARITY -> similarity(article.duplicateSimilarity());
            case SUBTITLES, AUTHORS -> CsvTextCell.cut(CsvTextCell.of(String.join(LIST_SEPARATOR, (List<String>) field.valueOf(article))));
            default -> text((String) field.valueOf(article));
        };
    }

    private static String text(String value) {
        return CsvTextCell.cut(CsvTextCell.of(value));
    }

    private static String similarity(Double similarity) {
        return similarity == null ? "" : BigDecimal.valueOf(similarity).stripTrailingZeros().toPlainString();
    }

    /** Plain decimal notation (never {@code 1.0E-4}), at most {@value ArticleJson#CONFIDENCE_DECIMALS} decimals. */
    private static String confidence(double value) {
        return BigDecimal.valueOf(Json.confidence(value)).setScale(ArticleJson.CONFIDENCE_DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
