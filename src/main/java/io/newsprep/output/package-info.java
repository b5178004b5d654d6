/**
 * How a run's results reach the disk: article and reject JSON Lines ({@link io.newsprep.output.ArticleJson},
 * {@link io.newsprep.output.RejectJson}), article CSV rows ({@link io.newsprep.output.ArticleCsv}), the run
 * report ({@link io.newsprep.output.RunReportBuilder}, {@link io.newsprep.output.RunReportJson}), atomic
 * publication of a run folder ({@link io.newsprep.output.RunFolder}) and the {@code explain} listing
 * ({@link io.newsprep.output.ExplainFormatter}). Free of any framework; every class is thread-safe.
 *
 * <p>articles.csv: RFC 4180, UTF-8 without byte order mark, CRLF between records (line breaks inside a
 * quoted cell stay LF), a header row of the field names, lists joined with {@code " | "}, absent values
 * as empty cells. Text cells lose control characters other than LF and TAB (CR and CRLF become LF), and
 * a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading
 * apostrophe so spreadsheets show it as text rather than run it as a formula. The numeric columns
 * {@code word_count} and {@code language_confidence} are plain numbers and never prefixed.
 */
package io.newsprep.output;
