package io.newsprep.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline's own text out of the line that carries it. Pages print the headline together with other things:
 * a leading arrow or breadcrumb ({@code » Headline}, {@code Browse: Home / Headline}), a trailing date, time or
 * comment count ({@code Headline October 26, 2012}, {@code Headline, Updated Nov 06, 2012 at 10:16pm
 * IST}, {@code Headline 153 Comments}), a trailing site tag ({@code Headline :site}), and, where the line is the
 * page's {@code <title>} (the first line of a text dump), the site's name ({@code Blog name: Headline},
 * {@code Headline | Site}). What is cut must leave at least two words.
 */
public final class HeadlineTrim {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** An image's file name glued before the headline ({@code Shutterstock_105539048 Headline}, {@code New%20design%206 Headline}). */
    private static final Pattern LEADING_FILE_NAME = Pattern.compile("^(?:\\S*_\\d{3,}\\S*|\\S*%20\\S*)\\s+");
    /** A blog theme's image alternative text glued before the headline ({@code Post image for Headline}). */
    private static final Pattern LEADING_IMAGE_ALT = Pattern.compile("(?i)^post\\s+image\\s+for\\s+");
    private static final Pattern LEADING_MARK = Pattern.compile("^[»«›‹•*·|>:]+\\s+");
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^(?:browse:\\s*|you are here:\\s*)?home\\s*(?:/|»|›|>)\\s*"
            + "(?:[^/»›>]{1,40}\\s*(?:/|»|›|>)\\s*)*");
    private static final Pattern TRAILING_TAG = Pattern.compile("\\s+:[\\p{L}\\p{N}.]+$");
    private static final Pattern TRAILING_COMMENTS = Pattern.compile("(?i)\\s+\\d+\\s+(?:comments?|responses?|replies)$");
    private static final Pattern TRAILING_DATE = Pattern.compile("(?i)(?<![:,\\-–—]|\\bfor|\\bon|\\bof|\\bin|\\bfrom|\\bto|\\bsince|\\buntil)\\s+(?:"
            // "Updated Nov 06, 2012 at 10:16pm IST": a stamp with a number in it
            + "(?:updated|posted|published)(?:\\s+on)?:?\\s+[^\\d]{0,30}\\d.{0,30}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]m)?)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
            + "|\\d{1,2}" + MONTH + "\\d{2}"
            + ")$");
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|«)\\s+");
    private static final Pattern NAME_COLON = Pattern.compile("^([^:]{2,40}):\\s+(.+)$");
    private static final int MAX_SITE_WORDS = 5;

    private HeadlineTrim() {
    }

    /**
     * The headline text of line {@code index}.
     *
     * @param firstLineIsPageTitle whether the first line is the page's {@code <title>} (a text dump's); only there is
     *                             a site name cut off
     */
    public static String of(List<String> lines, int index, boolean firstLineIsPageTitle) {
        return of(lines, index, firstLineIsPageTitle, null);
    }

    /**
     * As {@link #of(List, int, boolean)}; where the line starts with {@code titleHeadline} (the page title without
     * its site name, three words or more) and goes on, only that start is the headline: the rest is a section,
     * a time stamp or the site's name ({@code Headline World, Updated Nov 07, 2012 at 02:56am IST}).
     */
    public static String of(List<String> lines, int index, boolean firstLineIsPageTitle, String titleHeadline) {
        String line = lines.get(index).strip();
        String t = line;
        if (index == 0 && firstLineIsPageTitle) {
            t = withoutSiteName(t, lines);
        }
        t = cut(t, LEADING_FILE_NAME.matcher(t), true);
        t = cut(t, LEADING_IMAGE_ALT.matcher(t), true);
        t = startingWith(t, titleHeadline);
        t = cut(t, BREADCRUMB.matcher(t), true);
        t = cut(t, LEADING_MARK.matcher(t), true);
        t = cut(t, TRAILING_TAG.matcher(t), false);
        t = cut(t, TRAILING_COMMENTS.matcher(t), false);
        t = cut(t, TRAILING_DATE.matcher(t), false);
        return t;
    }

    /** The text's start that equals the title's headline, once both are normalised; else the text. */
    private static String startingWith(String text, String titleHeadline) {
        if (titleHeadline == null) {
            return text;
        }
        String want = HeadlineText.normalise(titleHeadline);
        if (HeadlineText.wordsOfForm(want).size() < 3 || text.length() <= titleHeadline.length() - 8) {
            return text;
        }
        String textForm = HeadlineText.normalise(text);
        if (!textForm.startsWith(want + " ")) {
            return text;
        }
        Matcher word = Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            String head = text.substring(0, word.end());
            String form = HeadlineText.normalise(head);
            if (form.equals(want)) {
                String rest = text.substring(word.end()).strip();
                return rest.isEmpty() ? text : head.strip();
            }
            if (form.length() > want.length()) {
                break;
            }
        }
        return text;
    }

    /** The text without the match, where the match is at the start (or end) and at least two words remain. */
    private static String cut(String text, Matcher m, boolean atStart) {
        if (!m.find() || m.end() == m.start()) {
            return text;
        }
        String rest = (atStart ? text.substring(m.end()) : text.substring(0, m.start())).strip();
        return HeadlineText.words(rest).size() >= 2 ? rest : text;
    }

    /**
     * The page title without a part that names the site: a part after a separator (the longest part is the
     * headline), or a name before {@code ": "} that the page shows on a line of its own or at a line's start.
     */
    private static String withoutSiteName(String title, List<String> lines) {
        if (SITE_SEPARATOR.matcher(title).find()) {
            String headline = HeadlineText.withoutSiteName(title);
            if (HeadlineText.words(headline).size() >= 2) {
                title = headline;
            }
        }
        Matcher m = NAME_COLON.matcher(title);
        if (m.matches()) {
            String name = HeadlineText.normalise(m.group(1));
            int words = HeadlineText.wordsOfForm(name).size();
            if (words >= 1 && words <= MAX_SITE_WORDS && HeadlineText.words(m.group(2)).size() >= 2
                    && shownElsewhere(name, lines)) {
                return m.group(2).strip();
            }
        }
        return title;
    }

    /** The name is a line of its own, or stands in a copyright line. */
    private static boolean shownElsewhere(String name, List<String> lines) {
        for (int k = 1; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.length() > 200) {
                continue;
            }
            String form = HeadlineText.normalise(line);
            if (form.equals(name) || (line.contains("©") || form.startsWith("copyright "))
                    && (" " + form + " ").contains(" " + name + " ")) {
                return true;
            }
        }
        return false;
    }
}
