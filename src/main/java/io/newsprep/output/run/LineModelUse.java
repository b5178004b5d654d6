package io.newsprep.output.run;

/**
 * Which trained line model decided the lines of a run's text dumps, as report.json records it.
 *
 * @param version     the first 12 hex digits of the model file's SHA-256 checksum
 * @param description how and from what it was trained
 */
public record LineModelUse(String version, String description) {
}
