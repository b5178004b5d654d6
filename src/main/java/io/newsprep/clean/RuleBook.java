package io.newsprep.clean;

import io.newsprep.text.LineKey;
import io.newsprep.text.ResourceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explicit, high-precision line rules, loaded once from the data files under {@code /clean/}:
 * exact phrases (one hash lookup per line), anchored patterns, and the phrases that end an article.
 */
final class RuleBook {

    /** Lines longer than this are tried against a pattern only when its row allows more. */
    static final int DEFAULT_MAX_CHARS = 400;
    private static final int MAX_PREFIXED_MARKER_CHARS = 60;
    private static final int MAX_PREFIXED_MARKER_WORDS = 6;

    /** A text a line must contain, with the character pairs that rule most lines out before a search. */
    private record Literal(String text, int[] pairBits) {

        static Literal[] of(String[] texts) {
            Literal[] out = new Literal[texts.length];
            for (int i = 0; i < texts.length; i++) {
                out[i] = new Literal(texts[i], CharPairs.bitsOf(texts[i]));
            }
            return out;
        }
    }

    /**
     * @param anchored      the pattern starts with ^: one attempt at the line's start instead of a scan
     * @param literals      a line must contain one of these for the pattern to be tried (none: no condition)
     * @param moreLiterals  and also one of these
     */
    private record PatternRule(RuleHit hit, Pattern pattern, boolean anchored, int maxChars, Literal[] literals,
                               Literal[] moreLiterals) {

        boolean applies(String line, CharPairs pairs) {
            return line.length() <= maxChars && containsOne(line, pairs, literals) && containsOne(line, pairs, moreLiterals);
        }

        private static boolean containsOne(String line, CharPairs pairs, Literal[] literals) {
            if (literals.length == 0) {
                return true;
            }
            for (Literal l : literals) {
                if (pairs.mayContain(l.pairBits()) && line.contains(l.text())) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, RuleHit> phrases = new HashMap<>();
    private final Map<String, RuleHit> endMarkers = new HashMap<>();
    private final Map<String, RuleHit> endMarkerPrefixes = new HashMap<>();
    private final List<PatternRule> patterns = new ArrayList<>();
    private final int longestPhrase;
    private final int longestPatternLine;

    RuleBook(String phrasesResource, String patternsResource, String endMarkersResource) {
        int longest = 0;
        for (String[] row : ResourceTable.read(phrasesResource)) {
            String key = LineKey.of(row[2]);
            phrases.putIfAbsent(key, hit(row));
            longest = Math.max(longest, key.length());
        }
        for (String[] row : ResourceTable.read(endMarkersResource)) {
            String key = LineKey.of(row[2]);
            endMarkers.putIfAbsent(key, hit(row));
            if (row.length > 3 && row[3].strip().equals("prefix")) {
                endMarkerPrefixes.putIfAbsent(key, hit(row));
            }
            longest = Math.max(longest, key.length());
        }
        longestPhrase = longest;
        for (String[] row : ResourceTable.read(patternsResource)) {
            int max = row.length > 3 && !row[3].isBlank() ? Integer.parseInt(row[3].strip()) : DEFAULT_MAX_CHARS;
            patterns.add(new PatternRule(hit(row), Pattern.compile(row[2]), startsAnchored(row[2]), max, literals(row, 4),
                    literals(row, 5)));
        }
        longestPatternLine = patterns.stream().mapToInt(PatternRule::maxChars).max().orElse(0);
    }

    private static Literal[] literals(String[] row, int column) {
        return Literal.of(row.length > column && !row[column].isBlank() ? row[column].split(",") : new String[0]);
    }

    /** Whether every alternative of the pattern starts with ^ (only the simple, unalternated case is recognised). */
    private static boolean startsAnchored(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                while (i < regex.length() && regex.charAt(i) != ']') {
                    i += regex.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    static RuleBook fromResources() {
        return new RuleBook("/clean/phrases.tsv", "/clean/patterns.tsv", "/clean/end-markers.tsv");
    }

    private static RuleHit hit(String[] row) {
        return new RuleHit(LineKind.fromCode(row[0].strip()), row[1].strip());
    }

    /** The first rule that recognises the line as chrome, or null. */
    RuleHit match(String line, String key) {
        return newReader().match(line, line.toLowerCase(Locale.ROOT), key);
    }

    /** A reader for the lines of one document. */
    Reader newReader() {
        return new Reader();
    }

    /** Matches lines against the rule book, reusing one matcher per pattern from line to line. Not thread-safe. */
    final class Reader {

        private final Matcher[] matchers = new Matcher[patterns.size()];

        /**
         * The first rule that recognises the line as chrome, or null.
         *
         * @param lowerCaseLine the line in lower case ({@link Locale#ROOT})
         */
        RuleHit match(String line, String lowerCaseLine, String key) {
            if (key.length() <= longestPhrase) {
                RuleHit h = phrases.get(key);
                if (h != null) {
                    return h;
                }
            }
            if (line.length() > longestPatternLine) {
                return null;
            }
            CharPairs pairs = CharPairs.of(lowerCaseLine);
            for (int i = 0; i < matchers.length; i++) {
                PatternRule p = patterns.get(i);
                if (p.applies(lowerCaseLine, pairs) && matches(i, lowerCaseLine)) {
                    return p.hit();
                }
            }
            return null;
        }

        private boolean matches(int i, String lowerCaseLine) {
            PatternRule p = patterns.get(i);
            Matcher m = matchers[i];
            if (m == null) {
                m = matchers[i] = p.pattern().matcher(lowerCaseLine);
            } else {
                m.reset(lowerCaseLine);
            }
            return p.anchored() ? m.lookingAt() : m.find();
        }
    }

    /**
     * The rule when the line is a marker after which a page carries unrelated content, or null: the whole
     * line is a marker phrase, or a short line opens with a marker phrase that may start such a line.
     */
    RuleHit endMarker(String key) {
        RuleHit exact = key.length() <= longestPhrase ? endMarkers.get(key) : null;
        if (exact != null || key.length() > MAX_PREFIXED_MARKER_CHARS) {
            return exact;
        }
        int words = 1;
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            if (++words > MAX_PREFIXED_MARKER_WORDS) {
                return null;
            }
        }
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            RuleHit h = endMarkerPrefixes.get(LineKey.of(key.substring(0, space)));
            if (h != null) {
                return h;
            }
        }
        return null;
    }
}
