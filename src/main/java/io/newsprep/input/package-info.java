/**
 * Bytes to documents: reading an input file within its limits, gzip, charset and normalisation, and the
 * {@link io.newsprep.input.DocumentReader} seam with one reader per input format (text dumps here, saved HTML in
 * {@code html/}), each document named by its {@link io.newsprep.input.DocumentAddress}.
 */
package io.newsprep.input;
