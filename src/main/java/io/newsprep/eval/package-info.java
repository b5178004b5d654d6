/**
 * The benchmark metric behind {@code evaluate}: shingle precision, recall and F1 of predicted bodies against
 * gold ones.
 */
package io.newsprep.eval;
