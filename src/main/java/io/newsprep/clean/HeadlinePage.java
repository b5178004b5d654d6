package io.newsprep.clean;


import java.util.List;

/**
 * What the headline chooser sees of one document: its non-blank lines, the explicit rules' kind per line (null
 * where no rule knew the line), where the line cleaner found the article, and what the page says about itself.
 *
 * @param bodyStart  the first line that reads as the article's first paragraph
 * @param mainStart  the first line of the main block of text
 * @param mainEnd    the last line of the main block
 * @param ruleTitle  the line the headline rules chose, or -1
 * @param pageTitle  the page's own title: its metadata title for saved HTML, else the dump's first line
 * @param url        the page address where known, else null
 * @param titleFromMetadata whether {@code pageTitle} comes from the page's metadata (saved HTML) rather than
 *                   being the dump's first line; such a page falls back to it when no line is convincing
 */
public record HeadlinePage(List<String> lines, List<LineKind> ruleKinds, boolean[] marked, int bodyStart,
                           int mainStart, int mainEnd, int ruleTitle, String pageTitle, String url,
                           boolean titleFromMetadata) {

    public HeadlinePage {
        lines = List.copyOf(lines);
        ruleKinds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ruleKinds));
    }

    public int size() {
        return lines.size();
    }

    /** The headline text that line {@code i} gives ({@link HeadlineTrim}). */
    public String headlineText(int i) {
        return HeadlineTrim.of(lines, i, !titleFromMetadata, titleHeadlineFor(i));
    }

    /**
     * The page title without its last part (a site name), against which line {@code i} is cut: a text dump's first
     * line, for the lines below it; null for a saved page and where there is none.
     */
    String titleHeadlineFor(int i) {
        if (titleFromMetadata) {
            // a saved page's metadata title is often shorter than its displayed headline: no evidence for a cut
            return null;
        }
        return i == 0 || lines.isEmpty() ? null : HeadlineText.withoutLastPart(lines.get(0));
    }
}
