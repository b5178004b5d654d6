package io.newsprep.publisher;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page's own address in a text dump: a labelled line ("URL: https://...", "Canonical:
 * ...", "Permalink: ...") anywhere, or a bare address as the first non-blank line, as crawlers write it.
 */
final class UrlLineFinder {

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^\\s*(?:(?:canonical|page|article)\\s+)?(?:url|link|address|canonical|permalink)\\s*[:=]\\s*(https?://\\S+)\\s*$");
    private static final Pattern BARE = Pattern.compile("^\\s*(https?://[^\\s/]+\\S*)\\s*$");

    private UrlLineFinder() {
    }

    static String find(List<String> lines) {
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (first) {
                first = false;
                Matcher bare = BARE.matcher(line);
                if (bare.matches()) {
                    return bare.group(1);
                }
            }
            if (line.length() < 400 && line.contains("http")) {
                Matcher m = LABELLED.matcher(line);
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
