package io.newsprep.tag;

import io.newsprep.text.Script;

/**
 * Letter counts by writing system in a sample, for the script-based shortcuts of language detection: finer than
 * {@link Script}, as Kana, Han, Georgian, Armenian and the schwa tell languages apart.
 */
record ScriptProfile(int letters, int hangul, int kana, int han, int thai, int greek, int hebrew, int georgian,
                     int armenian, int schwa) {

    static ScriptProfile of(String s) {
        int letters = 0, hangul = 0, kana = 0, han = 0, thai = 0, greek = 0, hebrew = 0, georgian = 0, armenian = 0, schwa = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            if (cp < Script.LATIN_END) {
                continue;
            }
            if (cp == 0x259 || cp == 0x18f) {
                schwa++;
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case THAI -> thai++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case GEORGIAN -> georgian++;
                case ARMENIAN -> armenian++;
                default -> {
                }
            }
        }
        return new ScriptProfile(letters, hangul, kana, han, thai, greek, hebrew, georgian, armenian, schwa);
    }

    double share(int count) {
        return letters == 0 ? 0 : (double) count / letters;
    }
}
