package io.newsprep.publisher;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a text dump shows a gold site name that its candidates miss, for the held-out decisions: on the title line,
 * a copyright line, an "About X" line, a whole line near the top or bottom, inside a longer line, only joined as a
 * domain ("fonearena.com" for "Fone Arena"), or nowhere in words. Thread-safe (stateless).
 */
public final class SiteNameWhere {

    private static final int EDGE_LINES = 15;

    private SiteNameWhere() {
    }

    /** The kinds of line that show the name, most telling first, joined by "+"; "absent" when none does. */
    public static String of(String gold, List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        for (String l : rawLines) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        String key = " " + SiteNameCandidates.form(gold) + " ";
        String joined = key.replace(" ", "");
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String form = " " + SiteNameCandidates.form(line) + " ";
            boolean words = key.length() > 2 && form.contains(key);
            boolean glued = !words && joined.length() >= 4 && form.replace(" ", "").contains(joined);
            if (!words && !glued) {
                continue;
            }
            String kind;
            if (CopyrightLineParser.isCopyrightLine(line)) {
                kind = "copyright-line";
            } else if (i == 0) {
                kind = line.startsWith("#") ? "link-line" : "title-line";
            } else if (line.toLowerCase(Locale.ROOT).startsWith("about ")) {
                kind = "about-line";
            } else if (form.strip().equals(key.strip()) || form.strip().equals(("the" + key).strip())) {
                kind = i < EDGE_LINES ? "whole-top-line" : i >= lines.size() - EDGE_LINES ? "whole-bottom-line" : "whole-line";
            } else if (glued) {
                kind = "joined";
            } else {
                kind = i < EDGE_LINES ? "in-top-line" : i >= lines.size() - EDGE_LINES ? "in-bottom-line" : "in-text";
            }
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? "absent" : String.join("+", kinds);
    }
}
