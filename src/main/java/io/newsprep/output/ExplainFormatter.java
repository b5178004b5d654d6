package io.newsprep.output;

import io.newsprep.clean.LineVerdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of the {@code explain} command: a short header, then every line of a dump as
 * {@code NNNN  KEEP|DROP  kind  rule  text} in aligned columns. Blank lines keep their number and
 * nothing else, so the numbering matches the file. A non-blank line the cleaner gave no verdict is
 * marked {@code ?}. Control characters in the text are shown escaped (a tab as backslash-t, others
 * as a four-digit unicode escape) so they neither break the columns nor hide. Where the line model decided
 * a line (rule {@code model:P}, P its probability of body), the row ends with the three features that weighed
 * most in that score towards its verdict, in plain words:
 * {@code   <- short, 12 chars, no sentence end, line above: body 0.03}.
 */
public final class ExplainFormatter {

    private static final String KEEP = "KEEP";
    private static final String DROP = "DROP";
    private static final String UNJUDGED = "?";
    private static final String NONE = "-";
    private static final int MAX_RULE_WIDTH = 40;
    /** Between a line's text and, where the line model decided, the features that weighed most in its score. */
    private static final String EVIDENCE = "  <- ";

    private ExplainFormatter() {
    }

    /**
     * @param lines    the dump's lines, blank ones included, line {@code n} at index {@code n - 1}
     * @param verdicts the cleaner's verdicts, one per non-blank line, numbered from 1
     * @param header   further header rows in display order, e.g. encoding, title, language; null values skipped
     */
    public static String format(String sourceFile, List<String> lines, List<LineVerdict> verdicts,
                                Map<String, String> header) {
        return format(sourceFile, lines, verdicts, header, false);
    }

    /** As {@link #format(String, List, List, Map)}; with {@code droppedOnly}, the rows list only removed lines. */
    public static String format(String sourceFile, List<String> lines, List<LineVerdict> verdicts,
                                Map<String, String> header, boolean droppedOnly) {
        TreeMap<Integer, LineVerdict> byLine = new TreeMap<>();
        for (LineVerdict v : verdicts) {
            byLine.put(v.line(), v);
        }
        int lastLine = Math.max(lines.size(), byLine.isEmpty() ? 0 : byLine.lastKey());
        int numberWidth = Math.max(4, Integer.toString(lastLine).length());
        int kindWidth = "KIND".length();
        int ruleWidth = "RULE".length();
        for (LineVerdict v : verdicts) {
            kindWidth = Math.max(kindWidth, kind(v).length());
            ruleWidth = Math.min(MAX_RULE_WIDTH, Math.max(ruleWidth, rule(v).length()));
        }

        String columns = "%-" + numberWidth + "s  %-7s  %-" + kindWidth + "s  %-" + ruleWidth + "s  %s";
        StringBuilder rows = new StringBuilder();
        int kept = 0, dropped = 0, blank = 0, unjudged = 0;
        for (int n = 1; n <= lastLine; n++) {
            LineVerdict v = byLine.get(n);
            String text = n <= lines.size() ? lines.get(n - 1) : v.text();
            String verdict;
            if (v != null) {
                verdict = v.kept() ? KEEP : DROP;
                if (v.kept()) {
                    kept++;
                } else {
                    dropped++;
                }
            } else if (text == null || text.isBlank()) {
                if (!droppedOnly) {
                    rows.append(String.format("%0" + numberWidth + "d", n)).append('\n');
                }
                blank++;
                continue;
            } else {
                verdict = UNJUDGED;
                unjudged++;
            }
            if (droppedOnly && KEEP.equals(verdict)) {
                continue;
            }
            String evidence = v == null || v.evidence() == null ? "" : EVIDENCE + visible(v.evidence());
            rows.append(row(columns, String.format("%0" + numberWidth + "d", n), verdict,
                    v == null ? NONE : kind(v), v == null ? NONE : rule(v), visible(text) + evidence));
        }

        StringBuilder out = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("file", sourceFile);
        header.forEach((key, value) -> {
            if (value != null && !key.equals("file")) {
                fields.put(key, value);
            }
        });
        fields.put("lines", lastLine + ": " + kept + " kept, " + dropped + " dropped, " + blank + " blank"
                + (unjudged > 0 ? ", " + unjudged + " without verdict" : ""));
        int keyWidth = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        fields.forEach((key, value) ->
                out.append(String.format("%-" + keyWidth + "s  %s", key, visible(value)).stripTrailing()).append('\n'));
        out.append('\n');
        out.append(row(columns, "LINE", "VERDICT", "KIND", "RULE", "TEXT"));
        return out.append(rows).toString();
    }

    private static String row(String columns, Object... cells) {
        return String.format(columns, cells).stripTrailing() + "\n";
    }

    private static String kind(LineVerdict v) {
        return v.kind() == null ? NONE : v.kind().code();
    }

    private static String rule(LineVerdict v) {
        return v.rule() == null || v.rule().isBlank() ? NONE : v.rule();
    }

    private static String visible(String text) {
        if (text == null) {
            return "";
        }
        String s = WellFormedText.of(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                out.append("\\t");
            } else if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
