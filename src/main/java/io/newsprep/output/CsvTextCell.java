package io.newsprep.output;

/**
 * Prepares free text for a CSV cell that spreadsheets will open. Line breaks become LF, other
 * control characters except TAB are dropped, lone surrogates become U+FFFD, and a cell that would
 * start a formula gets a leading apostrophe (OWASP CSV-injection guidance), also when spaces, invisible
 * characters or quotes stand before the {@code =}, {@code +}, {@code -} or {@code @}. The trigger test runs on
 * the raw text and on the cleaned text, so removing a control character cannot expose a formula.
 */
final class CsvTextCell {

    static final char NEUTRALISER = '\'';
    /** The most characters a spreadsheet cell holds (Excel, LibreOffice Calc). */
    static final int MAX_CELL = 32_767;
    /** Ends a cell that was cut to {@link #MAX_CELL}. */
    static final String CUT_MARKER = " [… cut: the full text is in articles.jsonl and articles.parquet]";

    private CsvTextCell() {
    }

    static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        String cleaned = clean(WellFormedText.of(raw));
        return startsFormula(raw) || startsFormula(cleaned) ? NEUTRALISER + cleaned : cleaned;
    }

    /** The cell as is when a spreadsheet holds it, else cut (never inside a surrogate pair) and ended by the marker. */
    static String cut(String cell) {
        if (cell == null || cell.length() <= MAX_CELL) {
            return cell;
        }
        int end = MAX_CELL - CUT_MARKER.length();
        if (Character.isHighSurrogate(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(0, end) + CUT_MARKER;
    }

    /** Whether this text's cell is cut. */
    static boolean isCut(String raw) {
        String cell = of(raw);
        return cell != null && cell.length() > MAX_CELL;
    }

    /**
     * Whether a spreadsheet may read the cell as a formula: it starts with a trigger, also behind what a
     * spreadsheet or a user's trim may drop (spaces of any kind, zero-width and other invisible format
     * characters, quotes).
     */
    static boolean startsFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == '\t' || s.charAt(0) == '\r') {
            return true;
        }
        int i = 0;
        while (i < s.length() && hidesTrigger(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static boolean hidesTrigger(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
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
