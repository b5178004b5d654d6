/**
 * The output formats of a run behind one seam, {@link io.newsprep.output.OutcomeFormat}: one class per format
 * ({@link io.newsprep.output.ArticlesJsonl}, {@link io.newsprep.output.ArticlesCsv},
 * {@link io.newsprep.output.RejectsJsonl}), listed in {@link io.newsprep.output.OutcomeFormats}, with the JSON
 * and CSV renderings they use, and the {@code explain} listing ({@link io.newsprep.output.ExplainFormatter}).
 * The run folder and report are in {@code run/}. Free of any framework.
 *
 * <p>articles.csv: RFC 4180, UTF-8 without byte order mark, CRLF between records (line breaks inside a
 * quoted cell stay LF), a header row of the field names, lists joined with {@code " | "}, absent values
 * as empty cells. Text cells lose control characters other than LF and TAB (CR and CRLF become LF), and
 * a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading
 * apostrophe so spreadsheets show it as text rather than run it as a formula. The numeric columns
 * {@code word_count} and {@code language_confidence} are plain numbers and never prefixed.
 */
package io.newsprep.output;
