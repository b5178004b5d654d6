/**
 * Line-by-line cleaning of a document: line features, the rule book and word lists read from
 * {@code resources/clean/*.tsv}, the classifier, and the headline, date, byline and body assembly of an article.
 */
package io.newsprep.clean;
