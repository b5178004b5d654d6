/**
 * The cleaner's trained line model, framework-free: per-line features, the binned linear stages and boosted trees,
 * the sequence decoder, and the text model file they are read from.
 */
package io.newsprep.model;
