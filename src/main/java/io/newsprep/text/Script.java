package io.newsprep.text;

/**
 * The writing system of a piece of text, as far as telling body text from foreign chrome and spaced from
 * unspaced writing needs it: Han, Hiragana and Katakana are one CJK script here. Language tagging tells them
 * (and Georgian, Armenian, the schwa of Azerbaijani) apart with its own letter counts
 * ({@code io.newsprep.language.ScriptProfile}), on the same {@link #LATIN_END} shortcut.
 */
public enum Script {
    LATIN, CYRILLIC, GREEK, HANGUL, CJK, ARABIC, HEBREW, THAI, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL,
    TELUGU, KANNADA, MALAYALAM, SINHALA, LAO, KHMER, MYANMAR, GEORGIAN, ARMENIAN, ETHIOPIC, OTHER, NONE;

    /** Every code point below this one is Latin or common (ASCII, Latin-1, Latin Extended A and B): no lookup needed. */
    public static final int LATIN_END = 0x250;
    /** Thai starts here; Han and Kana come later. Everything below is spaced. */
    private static final int FIRST_UNSPACED = 0x0E00;

    public static Script of(int codePoint) {
        if (codePoint < LATIN_END) {
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
    public boolean unspaced() {
        return this == CJK || this == THAI || this == LAO || this == KHMER || this == MYANMAR;
    }

    /** Scripts whose writing marks no sentence end: a clause or sentence ends at a space, a paragraph at the line end. */
    public boolean unpunctuated() {
        return this == THAI || this == LAO;
    }

    /** Whether the code point is written without spaces between words: {@code of(codePoint).unspaced()}, faster. */
    public static boolean isUnspaced(int codePoint) {
        return codePoint >= FIRST_UNSPACED && of(codePoint).unspaced();
    }

    /** The script most letters of the text are written in, NONE when it has no letters. */
    public static Script dominant(CharSequence text) {
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
