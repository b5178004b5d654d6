package io.newsprep.input;

/**
 * How much decoded text looks like it was decoded with the wrong charset, per non-ASCII character
 * (0 = clean). Wrong guesses show up as symbols glued to letters ("Ç±¹¾"), long runs of accented
 * Latin letters ("Ïðèâåò"), words mixing ASCII letters with another script, and C1 controls.
 */
final class MojibakeScore {

    private MojibakeScore() {
    }

    static double of(String text) {
        int nonAscii = 0;
        double penalty = 0;
        int accentedRun = 0;
        boolean wordHasAscii = false;
        boolean wordHasOtherScript = false;
        boolean mixedCounted = false;
        boolean previousLower = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetter(cp);
            if (!letter && (cp < 0x80 || Character.isWhitespace(cp) || cp == 0xa0)) {
                // a word (run of letters and non-ASCII symbols) ends here
                wordHasAscii = false;
                wordHasOtherScript = false;
                mixedCounted = false;
                accentedRun = 0;
                previousLower = false;
                continue;
            }
            if (cp < 0x80) {
                wordHasAscii = true;
                accentedRun = 0;
                previousLower = Character.isLowerCase(cp);
                continue;
            }
            nonAscii++;
            if (cp == 0xfffd || cp <= 0x9f) {
                penalty += 3;
            } else if (letter) {
                if (previousLower && Character.isUpperCase(cp)) {
                    penalty += 1;
                }
                previousLower = Character.isLowerCase(cp);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    accentedRun++;
                    if (accentedRun >= 3) {
                        penalty += 1;
                    }
                } else {
                    wordHasOtherScript = true;
                    accentedRun = 0;
                }
            } else if (isOddSymbol(cp)) {
                penalty += 1;
                accentedRun = 0;
            }
            if (wordHasAscii && wordHasOtherScript && !mixedCounted) {
                penalty += 2;
                mixedCounted = true;
            }
        }
        return nonAscii == 0 ? 0 : penalty / nonAscii;
    }

    /** Symbols that legitimately appear in Western text are not counted (quotes, €, £, ©, °, dashes). */
    private static boolean isOddSymbol(int cp) {
        switch (cp) {
            case '«', '»', '€', '£', '©', '®', '°', '§', '¿', '¡', '·', '…', '–', '—', '‘', '’', '“', '”', '„', '•', '™', '×':
                return false;
            default:
                int type = Character.getType(cp);
                return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_NUMBER
                        || type == Character.CURRENCY_SYMBOL || (cp >= 0xa1 && cp <= 0xbf);
        }
    }
}
