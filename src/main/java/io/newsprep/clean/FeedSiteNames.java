package io.newsprep.clean;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's names as its feed links give them. A text browser shows a page's {@code <link rel="alternate">} feeds
 * on a line of their own that starts with {@code #} ({@code #Site - Atom Site - RSS}, {@code #Site » Feed Site »
 * Comments Feed}); the text before the feed's kind is the name of the blog or site, never a story's headline.
 * Names are returned {@link HeadlineText#normalise normalised}.
 */
public final class FeedSiteNames {

    /** Feed lines stand at the top of a dump. */
    private static final int TOP_LINES = 40;
    private static final int MAX_LINE_CHARS = 400;
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern FEED_WORD = Pattern.compile("(?i)\\b(?:atom|rss|feed)\\b");
    /** {@code Name - Atom}, {@code Name - RSS}, {@code Name RSS Feed}, {@code Name » Feed}, {@code Name » Comments Feed}. */
    private static final Pattern FEED = Pattern.compile("(?i)([^#|»]{2,60}?)\\s*(?:[-»–:]\\s*)?(?:comments\\s+)?"
            + "(?:atom|rss(?:\\s*2\\.0)?)(?:\\s+feed)?\\b|([^#|»]{2,60}?)\\s*»\\s*(?:comments\\s+)?feed\\b");
    private static final Pattern LEADING_FEED_WORDS = Pattern.compile("^(?:(?:rss|atom|feed|comments?) )+");

    private FeedSiteNames() {
    }

    /** The line is a text browser's list of feed links ({@code #Site - Atom Site - RSS}): chrome, not a headline. */
    public static boolean isFeedLine(String line) {
        String t = line.strip();
        return t.startsWith("#") && t.length() <= MAX_LINE_CHARS && FEED_WORD.matcher(t).find()
                && FEED.matcher(t).find();
    }

    /** The normalised names of the feeds listed on {@code #} lines among the first lines; empty when there are none. */
    public static Set<String> of(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        int n = Math.min(lines.size(), TOP_LINES);
        for (int i = 0; i < n; i++) {
            String line = lines.get(i).strip();
            if (!isFeedLine(line)) {
                continue;
            }
            Matcher m = FEED.matcher(line);
            while (m.find()) {
                String name = LEADING_FEED_WORDS.matcher(HeadlineText.normalise(m.group(1) != null ? m.group(1)
                        : m.group(2))).replaceFirst("");
                int words = HeadlineText.wordCountOfForm(name);
                // a comment feed may carry a post's title
                if (words >= 1 && words <= MAX_NAME_WORDS && !name.contains("comment")) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
