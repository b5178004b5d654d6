package io.newsprep.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Computes the {@link LineFeatures} of lines, given the document's stop words and body script. */
final class FeatureExtractor {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\b\\S+\\.(?:com|org|net|co\\.\\w\\w)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+|\\[email\\s*protected\\]");
    private static final Pattern BULLET = Pattern.compile("^(?:[*•·◦▪►+]|[-–—](?=\\s)|o(?=\\s{1,3}\\S))");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:\\[[^\\]]*\\]\\s*)+$|^iframe:|\\(button\\)|_{5,}|^\\(?(?:image|img|logo|icon)\\)?$", Pattern.CASE_INSENSITIVE);
    private static final String SENTENCE_END = ".!?。！？…:;\"'”’»)]」』";
    private static final double UNSPACED_CHAR_WEIGHT = 3.0;
    private static final double HANGUL_CHAR_WEIGHT = 2.0;

    private final Set<String> stopWords;
    private final Script bodyScript;

    FeatureExtractor(Set<String> stopWords, Script bodyScript) {
        this.stopWords = stopWords;
        this.bodyScript = bodyScript;
    }

    LineFeatures of(String rawLine) {
        String line = rawLine.strip();
        double length = 0;
        int unspacedChars = 0;
        int[] scriptCounts = new int[Script.values().length];
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            Script s = Character.isLetter(cp) ? Script.of(cp) : Script.NONE;
            scriptCounts[s.ordinal()]++;
            if (s.unspaced()) {
                length += UNSPACED_CHAR_WEIGHT;
                unspacedChars++;
            } else if (s == Script.HANGUL) {
                length += HANGUL_CHAR_WEIGHT;
            } else {
                length += 1;
            }
        }
        int[] counts = new int[3];
        int words = Words.scan(line, (text, start, end) -> {
            int first = text.codePointAt(start);
            if (Character.isUpperCase(first)) {
                counts[0]++;
            } else if (Character.isDigit(first)) {
                counts[1]++;
            }
            if (!stopWords.isEmpty() && stopWords.contains(normalise(text.substring(start, end)))) {
                counts[2]++;
            }
        });
        int capitals = counts[0];
        int digitWords = counts[1];
        int stops = counts[2];
        if (unspacedChars > 0) {
            words = Math.max(words, (int) Math.round(length / 6));
        }
        Script script = Script.NONE;
        for (Script candidate : Script.values()) {
            if (candidate != Script.NONE && scriptCounts[candidate.ordinal()] > 0
                    && (script == Script.NONE || scriptCounts[candidate.ordinal()] > scriptCounts[script.ordinal()])) {
                script = candidate;
            }
        }
        boolean foreign = script != Script.NONE && bodyScript != Script.NONE && script != bodyScript
                && !(script == Script.CJK && bodyScript == Script.HANGUL);
        return new LineFeatures(line.length(), length, words, stops, endsLikeSentence(line), endsWithFullStop(line),
                words == 0 ? 0 : (double) capitals / words, words == 0 ? 0 : (double) digitWords / words,
                hasUrl(line), hasEmail(line), BULLET.matcher(line).lookingAt(),
                separators(line), placeholder(line), foreign, script);
    }

    /** A word as stop-word lists spell it: lower case, straight apostrophe. */
    static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean placeholder(String line) {
        boolean candidate = line.length() < 12 || line.charAt(0) == '[' || line.contains("(BUTTON)")
                || line.contains("_____") || line.regionMatches(true, 0, "iframe:", 0, 7);
        return candidate && PLACEHOLDER.matcher(line).find();
    }

    private static boolean hasUrl(String line) {
        return (line.contains("http") || line.contains("www.") || line.contains(".com") || line.contains(".org")
                || line.contains(".net") || line.contains(".co.")) && URL.matcher(line).find();
    }

    private static boolean hasEmail(String line) {
        return (line.indexOf('@') >= 0 || line.contains("protected")) && EMAIL.matcher(line).find();
    }

    private static boolean endsLikeSentence(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ':' || last == ';') {
            return false;
        }
        if (SENTENCE_END.indexOf(last) < 0) {
            return false;
        }
        if (last == '"' || last == '\'' || last == '”' || last == '’' || last == '»' || last == ')' || last == ']'
                || last == '」' || last == '』') {
            return line.length() > 1 && ".!?。！？…,".indexOf(line.charAt(line.length() - 2)) >= 0;
        }
        return true;
    }

    private static boolean endsWithFullStop(String line) {
        int end = line.length();
        while (end > 0 && "\"'”’»)]」』".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        return (last == '.' || last == '。') && !(end >= 3 && line.startsWith("...", end - 3));
    }

    private static int separators(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '»' || c == '›' || c == '\t' || c == '·' && i > 0 && line.charAt(i - 1) == ' ') {
                n++;
            }
        }
        return n;
    }
}
