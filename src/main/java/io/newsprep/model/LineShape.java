package io.newsprep.model;

/**
 * The language-independent shape of one line, measured in one pass over its characters: lengths, character
 * classes, sentence ends in any script, links and menu separators.
 */
final class LineShape {

    private static final String SENTENCE_ENDS = ".!?।॥۔؟。！？…";
    private static final String CLOSERS = "\"'”’»)]」』›";
    private static final String SEPARATORS = "|»›©•·";
    private static final String COMMAS = ",،、，;；";
    private static final String BULLETS = "*•·◦▪►▶+-–—o";

    final int chars;
    final double letters;
    final double digits;
    final double upper;
    final double punctuation;
    final int words;
    final double averageWordLength;
    final boolean sentenceEnd;
    final boolean colonEnd;
    final int links;
    final int separators;
    final boolean bullet;
    final double capitalised;
    final int commas;

    LineShape(String line) {
        chars = line.length();
        int letterCount = 0;
        int digitCount = 0;
        int upperCount = 0;
        int punct = 0;
        int wordCount = 0;
        int capitalisedWords = 0;
        int seps = 0;
        int commaCount = 0;
        boolean inWord = false;
        for (int i = 0; i < chars; i++) {
            char c = line.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (!space && !inWord) {
                wordCount++;
                if (Character.isUpperCase(c)) {
                    capitalisedWords++;
                }
            }
            inWord = !space;
            if (Character.isLetter(c)) {
                letterCount++;
                if (Character.isUpperCase(c)) {
                    upperCount++;
                }
            } else if (Character.isDigit(c)) {
                digitCount++;
            } else if (!space) {
                punct++;
                if (SEPARATORS.indexOf(c) >= 0 || c == '\t') {
                    seps++;
                }
                if (COMMAS.indexOf(c) >= 0) {
                    commaCount++;
                }
            } else if (c == '\t') {
                seps++;
            }
        }
        double len = Math.max(1, chars);
        letters = letterCount / len;
        digits = digitCount / len;
        upper = letterCount == 0 ? 0 : (double) upperCount / letterCount;
        punctuation = punct / len;
        words = wordCount;
        averageWordLength = wordCount == 0 ? 0 : Math.min(30, (double) letterCount / wordCount);
        capitalised = wordCount == 0 ? 0 : (double) capitalisedWords / wordCount;
        separators = seps;
        commas = commaCount;
        int end = chars;
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        char last = end > 0 ? line.charAt(end - 1) : ' ';
        sentenceEnd = SENTENCE_ENDS.indexOf(last) >= 0;
        colonEnd = last == ':';
        bullet = chars > 1 && BULLETS.indexOf(line.charAt(0)) >= 0
                && (line.charAt(0) != 'o' && line.charAt(0) != '-' || Character.isWhitespace(line.charAt(1)));
        links = links(line);
    }

    private static int links(String line) {
        int n = 0;
        for (String marker : new String[] {"http", "www.", ".com", ".org", ".net", "@"}) {
            for (int i = line.indexOf(marker); i >= 0 && n < 5; i = line.indexOf(marker, i + 1)) {
                n++;
            }
        }
        return Math.min(n, 5);
    }
}
