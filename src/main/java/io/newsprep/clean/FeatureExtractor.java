package io.newsprep.clean;

import io.newsprep.text.Script;
import java.util.regex.Pattern;

/** Computes the {@link LineFeatures} of lines, given the document's stop words and body script. */
final class FeatureExtractor {

    // Both are tried on lines of any length, so neither may rescan a long token from each of its positions: the
    // name before a top-level domain is at most one label (63 characters), and an address starts only at the start
    // of a token or after an @.
    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\b\\S{1,63}\\.(?:com|org|net|co\\.\\w\\w)\\b");
    /** An e-mail address, starting at the start of a token or after an @ (also used by {@link BylineParser}). */
    static final String EMAIL_ADDRESS = "(?<![^\\s@])[^\\s@]+@[^\\s@]+\\.\\w+";
    static final Pattern EMAIL = Pattern.compile(EMAIL_ADDRESS + "|\\[email\\s*protected\\]");
    private static final Pattern BULLET = Pattern.compile("^(?:[*•·◦▪►+]|[-–—](?=\\s)|o(?=\\s{1,3}\\S))");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:\\[[^\\]]*\\]\\s*)+$|^iframe:|\\(button\\)|_{5,}|^\\(?(?:image|img|logo|icon)\\)?$", Pattern.CASE_INSENSITIVE);
    private static final String BULLET_START = "*•·◦▪►+-–—o";
    /**
     * Besides the Latin and CJK stops: the danda of Indic scripts, the Urdu full stop, the Arabic question mark,
     * the Armenian, Ethiopic, Myanmar and Khmer full stops and the full-width full stop.
     */
    private static final String FULL_STOPS = "।॥۔؟։።။។．";
    private static final String SENTENCE_END = ".!?。！？…:;\"'”’»)]」』" + FULL_STOPS;

    private final StopList stopList;
    private final Script bodyScript;

    FeatureExtractor(StopList stopList, Script bodyScript) {
        this.stopList = stopList;
        this.bodyScript = bodyScript;
    }

    LineFeatures of(String rawLine) {
        return of(new LineScan(rawLine, stopList.source()));
    }

    LineFeatures of(LineScan scan) {
        String line = scan.text;
        int words = scan.words;
        int stops = 0;
        if (!stopList.isEmpty()) {
            for (int w = 0; w < words; w++) {
                if (stopList.holds(scan.wordLanguages[w])) {
                    stops++;
                }
            }
        }
        if (scan.unspacedChars > 0) {
            words = Math.max(words, (int) Math.round(scan.length / 6));
        }
        Script script = scan.script();
        boolean foreign = script != Script.NONE && bodyScript != Script.NONE && script != bodyScript
                && !(script == Script.CJK && bodyScript == Script.HANGUL);
        return new LineFeatures(line.length(), scan.length, words, stops, endsLikeSentence(line), endsWithFullStop(line),
                words == 0 ? 0 : (double) scan.capitalisedWords / words, words == 0 ? 0 : (double) scan.digitWords / words,
                hasUrl(line), hasEmail(line), bullet(line),
                separators(line), placeholder(line), foreign, script);
    }

    private static boolean bullet(String line) {
        return !line.isEmpty() && BULLET_START.indexOf(line.charAt(0)) >= 0 && BULLET.matcher(line).lookingAt();
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
            return unpunctuatedSentence(line);
        }
        if (last == '"' || last == '\'' || last == '”' || last == '’' || last == '»' || last == ')' || last == ']'
                || last == '」' || last == '』') {
            return line.length() > 1 && (".!?。！？…," + FULL_STOPS).indexOf(line.charAt(line.length() - 2)) >= 0;
        }
        return true;
    }

    /**
     * A line in a script that marks no sentence end (Thai, Lao) reads as a sentence when it ends in that script
     * and holds more than one clause: those scripts put a space only between clauses and sentences.
     */
    private static boolean unpunctuatedSentence(String line) {
        int last = line.codePointBefore(line.length());
        if (last < 0x0E00 || !Script.of(last).unpunctuated()) {
            return false;
        }
        int space = line.lastIndexOf(' ');
        return space > 0 && Script.of(line.codePointBefore(space)).unpunctuated();
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
        return (last == '.' || last == '。' || FULL_STOPS.indexOf(last) >= 0 && last != '؟')
                && !(end >= 3 && line.startsWith("...", end - 3));
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
