/**
 * Learning the line model from annotated pages: reading a corpus in the training layout, labelling its lines
 * against the gold, training and cross-validating (behind {@code newsprep train}).
 */
package io.newsprep.train;
