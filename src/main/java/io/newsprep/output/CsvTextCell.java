package io.newsprep.output;

/**
 * Prepares free text for a CSV cell that spreadsheets will open. Line breaks become LF, other
 * control characters except TAB are dropped, lone surrogates become U+FFFD, and a cell that would
 * start a formula gets a leading apostrophe (OWASP CSV-injection guidance). The trigger test runs on
 * the raw text and on the cleaned text, so removing a control character cannot expose a formula.
 */
final class CsvTextCell {

    static final char NEUTRALISER = '\'';

    private CsvTextCell() {
    }

    static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        String cleaned = clean(WellFormedText.of(raw));
        return startsFormula(raw) || startsFormula(cleaned) ? NEUTRALISER + cleaned : cleaned;
    }

    static boolean startsFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL;
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (keep) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
