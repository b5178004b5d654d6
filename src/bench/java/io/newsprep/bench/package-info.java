/**
 * The benchmark's tools (corpus generator, I/O floor, profile summary), built only with the {@code bench} Maven
 * profile and kept out of the product jars; {@code bench/run.sh} runs them.
 */
package io.newsprep.bench;
