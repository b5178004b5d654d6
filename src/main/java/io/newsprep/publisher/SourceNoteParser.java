package io.newsprep.publisher;

import io.newsprep.text.CaseInsensitive;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note that names where an article was first published: "Original Source: news.az",
 * "Originally published at https://...", "Read the original article on ...".
 */
final class SourceNoteParser {

    private static final Pattern NOTE = Pattern.compile(
            "(?i)^\\s*(?:original(?:ly)?\\s+(?:source|article|story|published\\s+(?:at|on|in|by))"
                    + "|source\\s+link|read\\s+the\\s+original(?:\\s+(?:article|story))?\\s+(?:at|on))"
                    + "\\s*[:\\-–]?\\s*(.{2,120})$");

    private SourceNoteParser() {
    }

    static PublisherMention parse(String line) {
        if (line.length() > 200 || !(CaseInsensitive.contains(line, "original") || CaseInsensitive.contains(line, "source link"))) {
            return null;
        }
        Matcher m = NOTE.matcher(line);
        return m.matches() ? PublisherMention.fromValue(m.group(1)) : null;
    }
}
