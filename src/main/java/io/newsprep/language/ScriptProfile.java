package io.newsprep.language;

import io.newsprep.text.Script;

/**
 * Letter counts by writing system in a sample, for the script-based shortcuts of language detection (finer than
 * {@link Script}, as Kana, Han, Georgian, Armenian and the schwa tell languages apart), and how much evidence the
 * sample holds.
 *
 * @param evidence the sample's letters in Latin-letter equivalents: a vowel sign or virama counts like a letter
 *                 (in Indic scripts they are a good part of every word), and a Han, kana or Hangul character like
 *                 {@value #SYLLABIC_WEIGHT} letters, since one of them carries about as much as a short word
 */
record ScriptProfile(int letters, int evidence, int hangul, int kana, int han, int thai, int greek, int hebrew,
                     int georgian, int armenian, int schwa) {

    static final int SYLLABIC_WEIGHT = 3;

    static ScriptProfile of(String s) {
        int letters = 0, evidence = 0, hangul = 0, kana = 0, han = 0, thai = 0, greek = 0, hebrew = 0, georgian = 0,
                armenian = 0, schwa = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                    evidence++;
                }
                continue;
            }
            letters++;
            evidence++;
            if (cp < Script.LATIN_END) {
                continue;
            }
            if (cp == 0x259 || cp == 0x18f) {
                schwa++;
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HANGUL -> {
                    hangul++;
                    evidence += SYLLABIC_WEIGHT - 1;
                }
                case HIRAGANA, KATAKANA -> {
                    kana++;
                    evidence += SYLLABIC_WEIGHT - 1;
                }
                case HAN -> {
                    han++;
                    evidence += SYLLABIC_WEIGHT - 1;
                }
                case THAI -> thai++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case GEORGIAN -> georgian++;
                case ARMENIAN -> armenian++;
                default -> {
                }
            }
        }
        return new ScriptProfile(letters, evidence, hangul, kana, han, thai, greek, hebrew, georgian, armenian, schwa);
    }

    double share(int count) {
        return letters == 0 ? 0 : (double) count / letters;
    }
}
