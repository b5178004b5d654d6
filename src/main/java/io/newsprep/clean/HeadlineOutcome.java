package io.newsprep.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a headline choice gave on a page with a known headline: the headline, nothing, or which kind of wrong
 * text. The kinds are judged from the page alone, in the order listed, so that held-out errors can be counted by
 * cause.
 */
public enum HeadlineOutcome {
    EXACT("exact"),
    MISSING("missing"),
    /** The headline with something around it, or a part of it ("Headline | Site", a headline split over lines). */
    PARTIAL("wrong:partial"),
    /** The site's or a section's name: a part of the page title after a separator, or a line the page repeats. */
    SITE_NAME("wrong:site-name"),
    DATE_OR_TIME("wrong:date-or-time"),
    /** Short labels and widgets: one or two words, buttons, bracketed marks, lines the rule book knows as chrome. */
    CHROME("wrong:chrome"),
    /** A heading at or below the start of the body: a neighbouring story's headline or a heading inside the text. */
    BELOW_BODY("wrong:below-body"),
    /** The page's metadata title, where no line was taken and that title is not the headline. */
    METADATA_TITLE("wrong:metadata-title"),
    /** Another line above the body: a deck, a teaser, another story's headline. */
    OTHER_LINE("wrong:other-line");

    private static final Pattern DATE_OR_TIME_TEXT = Pattern.compile(
            "(?i)\\b(\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    + "[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                    + "|\\d+\\s+(minutes?|hours?|days?)\\s+ago|updated|published)\\b");
    private static final Pattern CHROME_TEXT = Pattern.compile("\\(BUTTON\\)|\\[[^\\]]*\\]|^[*•·+◦▪►□☆]\\s");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|«)\\s+");

    private final String code;

    HeadlineOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean wrong() {
        return this != EXACT && this != MISSING;
    }

    /** The outcome of choosing line {@code chosen} (-1: none) on a page whose headline is {@code gold}. */
    public static HeadlineOutcome of(HeadlinePage page, String gold, int chosen) {
        String goldForm = HeadlineText.normalise(gold);
        String got;
        if (chosen >= 0) {
            got = page.headlineText(chosen);
        } else if (page.titleFromMetadata()) {
            got = HeadlineText.withoutSiteName(page.pageTitle());
        } else {
            return MISSING;
        }
        String form = HeadlineText.normalise(got);
        if (form.equals(goldForm)) {
            return EXACT;
        }
        if (form.isEmpty()) {
            return MISSING;
        }
        if (!goldForm.isEmpty() && (form.contains(goldForm) || goldForm.contains(form)) && form.indexOf(' ') > 0) {
            return PARTIAL;
        }
        if (siteName(page, form)) {
            return SITE_NAME;
        }
        List<String> words = HeadlineText.wordsOfForm(form);
        if (DATE_OR_TIME_TEXT.matcher(got).find() && words.size() <= 8) {
            return DATE_OR_TIME;
        }
        LineKind kind = chosen >= 0 ? page.ruleKinds().get(chosen) : null;
        if (words.size() <= 2 || CHROME_TEXT.matcher(got.strip()).find() || kind != null && kind != LineKind.TITLE
                && kind != LineKind.SUBTITLE && kind != LineKind.BOILERPLATE) {
            return CHROME;
        }
        if (chosen < 0) {
            return METADATA_TITLE;
        }
        return chosen >= page.bodyStart() ? BELOW_BODY : OTHER_LINE;
    }

    /** A part of the page title other than its longest one, or a short line the page shows three times or more. */
    private static boolean siteName(HeadlinePage page, String form) {
        if (page.pageTitle() != null) {
            String[] parts = SEPARATOR.split(page.pageTitle().strip());
            String headlinePart = HeadlineText.normalise(HeadlineText.withoutSiteName(page.pageTitle()));
            for (String part : parts) {
                String p = HeadlineText.normalise(part);
                if (parts.length > 1 && p.equals(form) && !p.equals(headlinePart)) {
                    return true;
                }
            }
        }
        if (HeadlineText.wordsOfForm(form).size() > 5) {
            return false;
        }
        int seen = 0;
        for (String line : page.lines()) {
            if (line.length() < 200 && HeadlineText.normalise(line).equals(form)) {
                seen++;
            }
        }
        return seen >= 3;
    }
}
