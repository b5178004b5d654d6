package io.newsprep.clean;

import io.newsprep.text.Script;
import io.newsprep.text.Words;
import java.util.Arrays;

/**
 * One pass over a line's characters and words: what {@link LineFeatures} need that does not depend on the
 * rest of the document. The document's script and stop-word list are chosen from the scans of all its lines,
 * and the features follow from them without reading the line again.
 */
final class LineScan {

    private static final double UNSPACED_CHAR_WEIGHT = 3.0;
    private static final double HANGUL_CHAR_WEIGHT = 2.0;
    private static final int[] NO_WORDS = new int[0];
    /** The scripts, in declaration order, read once (each {@code values()} call makes a copy). */
    private static final Script[] SCRIPTS = Script.values();

    /** The line, stripped. */
    final String text;
    /** Visible length in Latin-character equivalents. */
    final double length;
    final int unspacedChars;
    /** Letters per {@link Script} ordinal. */
    final int[] letters = new int[SCRIPTS.length];
    final int words;
    final int capitalisedWords;
    final int digitWords;
    /** Per word, the languages whose stop-word list holds it (see {@link StopWords#languagesOf}). */
    final int[] wordLanguages;

    /** @param stopWords the lists to look the words up in, or null to skip the lookups */
    LineScan(String line, StopWords stopWords) {
        this(line, null, stopWords);
    }

    /**
     * @param lowerCaseLine the line in lower case ({@link java.util.Locale#ROOT}), or null
     * @param stopWords     the lists to look the words up in, or null to skip the lookups
     */
    LineScan(String line, String lowerCaseLine, StopWords stopWords) {
        text = line.strip();
        String lower = linesUp(line, lowerCaseLine) ? lowerCaseLine : null;
        double len = 0;
        int unspaced = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII: a Latin letter or no letter, one unit of length either way
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters[Script.LATIN.ordinal()]++;
                }
                len += 1;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Script s = Character.isLetter(cp) ? Script.of(cp) : Script.NONE;
            if (s != Script.NONE) {
                letters[s.ordinal()]++;
            }
            if (s.unspaced()) {
                len += UNSPACED_CHAR_WEIGHT;
                unspaced++;
            } else if (s == Script.HANGUL) {
                len += HANGUL_CHAR_WEIGHT;
            } else {
                len += 1;
            }
        }
        length = len;
        unspacedChars = unspaced;

        int[] languages = stopWords == null ? NO_WORDS : new int[8];
        int count = 0;
        int capitals = 0;
        int digits = 0;
        for (int start = Words.start(text, 0); start < text.length(); start = Words.start(text, start)) {
            int end = Words.end(text, start);
            int first = text.codePointAt(start);
            if (Character.isUpperCase(first)) {
                capitals++;
            } else if (Character.isDigit(first)) {
                digits++;
            }
            if (stopWords != null) {
                if (count == languages.length) {
                    languages = Arrays.copyOf(languages, count * 2);
                }
                languages[count] = lower != null ? stopWords.languagesOfLowerCase(lower, start, end)
                        : stopWords.languagesOf(text, start, end);
            }
            count++;
            start = end;
        }
        words = count;
        capitalisedWords = capitals;
        digitWords = digits;
        wordLanguages = languages;
    }

    /**
     * Whether the lower-case line has each word at the same place as the stripped line, lowered on its own. Only a
     * capital sigma (final or not, by what follows) and a dotted capital I (two characters) lower differently in
     * a line than in a word or change the length.
     */
    private boolean linesUp(String line, String lowerCaseLine) {
        return lowerCaseLine != null && text.length() == line.length() && lowerCaseLine.length() == text.length()
                && text.indexOf('\u03A3') < 0 && text.indexOf('\u0130') < 0;
    }

    /** The script most of the line's letters are written in (the first in declaration order on a tie), NONE without letters. */
    Script script() {
        Script script = Script.NONE;
        for (Script candidate : SCRIPTS) {
            if (candidate != Script.NONE && letters[candidate.ordinal()] > 0
                    && (script == Script.NONE || letters[candidate.ordinal()] > letters[script.ordinal()])) {
                script = candidate;
            }
        }
        return script;
    }
}
