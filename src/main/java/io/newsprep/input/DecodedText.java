package io.newsprep.input;

/**
 * Text decoded from a dump's bytes, with the name of the charset that was used.
 *
 * @param errors bad bytes the text does not hold: invalid byte sequences replaced by U+FFFD, and NUL bytes dropped
 */
public record DecodedText(String text, String encoding, int errors) {

    public DecodedText(String text, String encoding) {
        this(text, encoding, 0);
    }

    DecodedText plusErrors(int more) {
        return more == 0 ? this : new DecodedText(text, encoding, errors + more);
    }
}
