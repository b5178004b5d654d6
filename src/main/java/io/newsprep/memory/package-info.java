/**
 * Per-publisher memory of recurring lines: counts line shapes across a publisher's distinct articles and says
 * which of them recur.
 */
package io.newsprep.memory;
