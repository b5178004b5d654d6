package io.newsprep.clean;


import java.util.ArrayList;
import java.util.List;

/**
 * The lines that may be a document's headline: a window above the body's start, the first lines, and lines that
 * repeat the page title (or its part without the site name); no other line of the body.
 */
public final class HeadlineCandidates {

    static final int ABOVE_BODY = 30;
    static final int FIRST_LINES = 5;
    static final int MAX_WORDS = 60;
    static final int MAX_CHARS = 400;
    static final int MAX_BODY_WORDS = 25;
    /** How text browsers show a button: no headline is one. */
    private static final String BUTTON_MARK = "(BUTTON)";
    /** A byline that ends the line: "By" and a capitalised name, then at most an affiliation after a comma. */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "(?:^|\\p{Ll}|[\\s\\u00a0])(?:By|BY)[\\s\\u00a0]+\\p{Lu}[\\p{L}.'-]+(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}.'-]+){1,2}"
                    + "[\\s\\u00a0]*(?:,[^,]{0,40})?$");

    private HeadlineCandidates() {
    }

    public static List<Integer> of(HeadlinePage page) {
        return of(page, null);
    }

    /**
     * The candidates, given the page's lines already normalised ({@link HeadlineText#normalise}) up to their first
     * {@code formChars} characters, so that no line is normalised again; {@code forms} null: none are.
     */
    static List<Integer> of(HeadlinePage page, String[] forms, int formChars) {
        return of(page, forms == null ? null : i -> page.lines().get(i).length() <= formChars ? forms[i] : null);
    }

    private static List<Integer> of(HeadlinePage page, java.util.function.IntFunction<String> knownForm) {
        List<Integer> out = new ArrayList<>();
        int n = page.size();
        int from = Math.max(0, page.bodyStart() - ABOVE_BODY);
        // the body's own lines are left to the line cleaner: taking one for the headline would cut the article
        int to = Math.min(n - 1, page.bodyStart() - 1);
        String pageTitle = page.pageTitle() == null ? "" : HeadlineText.normalise(page.pageTitle());
        String headlinePart = page.pageTitle() == null ? ""
                : HeadlineText.normalise(HeadlineText.withoutSiteName(page.pageTitle()));
        for (int i = 0; i < n; i++) {
            boolean inBody = i >= page.bodyStart();
            boolean window = i <= to && (i < FIRST_LINES || i >= from);
            if (!window && i <= page.mainEnd() && !headlinePart.isEmpty()) {
                String form = form(page, knownForm, i);
                window = form.indexOf(' ') > 0 && (form.equals(headlinePart) || form.equals(pageTitle)
                        || partOfTitle(form, pageTitle));
            }
            if (window && !ruledOut(page.ruleKinds().get(i)) && plausible(page, knownForm, i, inBody)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The line is a run of whole words of the page title: its start or end (two words or more), or inside it (three
     * or more), as a blog's post title is in {@code Blog name: Post title} or in a feed link line.
     */
    static boolean partOfTitle(String form, String pageTitle) {
        if (pageTitle.length() <= form.length()) {
            return false;
        }
        int words = HeadlineText.wordsOfForm(form).size();
        if (words < 2) {
            return false;
        }
        if (pageTitle.startsWith(form + " ") || pageTitle.endsWith(" " + form)) {
            return true;
        }
        return words >= 3 && pageTitle.contains(" " + form + " ");
    }

    private static String form(HeadlinePage page, java.util.function.IntFunction<String> knownForm, int i) {
        String form = knownForm == null ? null : knownForm.apply(i);
        return form != null ? form : HeadlineText.normalise(page.lines().get(i));
    }

    /**
     * Lines the rule book knows as navigation, labels, widgets, bylines, dates, captions and the like are never
     * headlines; a repeated line (boilerplate) may be one: headlines recur as page title, caption start or breadcrumb.
     */
    private static boolean ruledOut(LineKind kind) {
        return kind != null && kind != LineKind.BOILERPLATE && kind != LineKind.TITLE && kind != LineKind.SUBTITLE;
    }

    /** A line of the body is a candidate only when it reads like a heading, so that no paragraph is taken. */
    private static boolean plausible(HeadlinePage page, java.util.function.IntFunction<String> knownForm, int i,
                                     boolean inBody) {
        String line = page.lines().get(i);
        if (line.length() > MAX_CHARS || line.contains(BUTTON_MARK) || BYLINE.matcher(line).find()) {
            return false;
        }
        int words = HeadlineText.wordsOfForm(form(page, knownForm, i)).size();
        if (inBody) {
            String t = line.strip();
            return words >= 2 && words <= MAX_BODY_WORDS && !t.endsWith(".") && !t.endsWith("。");
        }
        return words >= 1 && words <= MAX_WORDS;
    }
}
