/** The JSON Lines reader: many pages per file, one JSON object per line. */
package io.newsprep.input.jsonl;
