package io.newsprep.clean;

/** The writing system of a piece of text, as far as telling body text from foreign chrome needs it. */
enum Script {
    LATIN, CYRILLIC, GREEK, HANGUL, CJK, ARABIC, HEBREW, THAI, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL,
    TELUGU, KANNADA, MALAYALAM, SINHALA, LAO, KHMER, MYANMAR, GEORGIAN, ARMENIAN, ETHIOPIC, OTHER, NONE;

    static Script of(int codePoint) {
        if (codePoint < 0x250) {
            return LATIN;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return switch (s) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case GREEK -> GREEK;
            case HANGUL -> HANGUL;
            case HAN, HIRAGANA, KATAKANA -> CJK;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case THAI -> THAI;
            case DEVANAGARI -> DEVANAGARI;
            case BENGALI -> BENGALI;
            case GURMUKHI -> GURMUKHI;
            case GUJARATI -> GUJARATI;
            case ORIYA -> ORIYA;
            case TAMIL -> TAMIL;
            case TELUGU -> TELUGU;
            case KANNADA -> KANNADA;
            case MALAYALAM -> MALAYALAM;
            case SINHALA -> SINHALA;
            case LAO -> LAO;
            case KHMER -> KHMER;
            case MYANMAR -> MYANMAR;
            case GEORGIAN -> GEORGIAN;
            case ARMENIAN -> ARMENIAN;
            case ETHIOPIC -> ETHIOPIC;
            default -> OTHER;
        };
    }

    /** Scripts written without spaces between words, where a character carries about as much as a short word. */
    boolean unspaced() {
        return this == CJK || this == THAI || this == LAO || this == KHMER || this == MYANMAR;
    }

    /** Scripts whose writing marks no sentence end: a clause or sentence ends at a space, a paragraph at the line end. */
    boolean unpunctuated() {
        return this == THAI || this == LAO;
    }

    /** The script most letters of the text are written in, NONE when it has no letters. */
    static Script dominant(CharSequence text) {
        int[] counts = new int[values().length];
        int best = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int k = of(cp).ordinal();
                counts[k]++;
                if (best < 0 || counts[k] > counts[best]) {
                    best = k;
                }
            }
        }
        return best < 0 ? NONE : values()[best];
    }
}
