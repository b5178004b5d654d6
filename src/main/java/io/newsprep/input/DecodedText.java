package io.newsprep.input;

/** Text decoded from a dump's bytes, with the name of the charset that was used. */
public record DecodedText(String text, String encoding) {
}
