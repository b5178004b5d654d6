package io.newsprep.model;

import java.util.regex.Pattern;

/**
 * A second pass over the decoded lines that judges lists and tables as units. The line model sees each item of an
 * ingredient list, a ranking or a results table as a short line without a sentence end among others like it, which
 * is what a menu looks like, and drops them one by one. A run of items of one shape (numbered, bulleted, or table
 * rows of three or more cells) that the article itself introduces is kept whole: the nearest line above it that is
 * neither a rule's nor a short heading ("Ingredients", "Instructions") is body, or a list kept the same way. A list
 * after an end marker or a navigation line ("Related stories") is never introduced by the article, and the items
 * must read as more than one or two words on average, which menus rarely do.
 * <p>
 * What introduces a list is a paragraph of the article, not any line the model kept: a box label the model let
 * through ("MOST RECENTLY DISCUSSED"), a comment's header or the first items of a box of related headlines do not
 * vouch for the items below them. Items that carry a separator ({@code |}) are a box's links ("Stars | Wings |
 * Photos"), which an article's list items are not. Chrome a rule took between the text and the list (a share bar)
 * parts them too.
 */
public final class ListBlocks {

    /** Fewest items that make a list. */
    static final int MIN_ITEMS = 3;
    /** Lines of another shape allowed between two items (an item's link or second line). */
    static final int MAX_GAP = 2;
    /** Short headings allowed between the article's text and its list. */
    static final int MAX_HEADINGS = 3;
    /** Mean words per item below which a run of items reads as a menu. */
    static final double MIN_MEAN_WORDS = 2.5;
    /** A line this long is a paragraph, whatever its end. */
    static final int PARAGRAPH_LENGTH = 120;
    /** Fewest words of a sentence that counts as a paragraph. */
    static final int PARAGRAPH_WORDS = 8;
    /** Fewest words of a line ending in a colon that introduces a list. */
    static final int MIN_INTRO_WORDS = 4;

    private static final String NAVIGATION = "navigation";
    /** Kinds of rule-taken lines a list looks past on its way up to the text that introduces it: images, captions. */
    private static final java.util.Set<String> PASSED_KINDS = java.util.Set.of("caption", "ui_label");
    private static final int NONE = 0;
    private static final int NUMBERED = 1;
    private static final int BULLETED = 2;
    private static final int ROW = 3;

    static final Pattern NUMBER = Pattern.compile("^\\(?\\d{1,3}[.)]\\s+\\S.*");
    static final Pattern BULLET = Pattern.compile("^[*•·▪►◦‣+o–-]\\s+\\S.*");
    /** The first characters {@link #NUMBER} allows. */
    static final String NUMBER_STARTS = "(0123456789";
    /** The first characters {@link #BULLET} allows. */
    static final String BULLET_MARKS = "*•·▪►◦‣+o–-";
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?。।۔؟！？]\\W*$");
    private static final Pattern INTRO_END = Pattern.compile(".*[:：]\\s*$");

    private ListBlocks() {
    }

    /**
     * Per line: not decoded as body, yet kept as part of a list the article introduces.
     *
     * @param body       per line: kept so far (decoded or agreed)
     * @param skip       per line: taken by a rule (or a box's link); never kept, passed over
     * @param stops      per line: a line no list passes over upwards (end markers, navigation)
     */
    public static boolean[] kept(LineInput input, boolean[] body, boolean[] skip, boolean[] stops) {
        int n = body.length;
        boolean[] out = new boolean[n];
        boolean[] kept = body.clone();
        boolean[] listed = new boolean[n];
        int k = 0;
        while (k < n) {
            int shape = skip[k] ? NONE : shape(input.texts().get(k));
            if (shape == NONE) {
                k++;
                continue;
            }
            int last = k;
            int items = 1;
            int words = words(input.texts().get(k));
            int gap = 0;
            boolean separated = separated(input.texts().get(k));
            for (int j = k + 1; j < n && gap <= MAX_GAP; j++) {
                if (stops[j]) {
                    break;
                }
                if (skip[j]) {
                    continue;
                }
                if (shape(input.texts().get(j)) == shape) {
                    last = j;
                    items++;
                    words += words(input.texts().get(j));
                    separated |= separated(input.texts().get(j));
                    gap = 0;
                } else {
                    gap++;
                }
            }
            if (items >= MIN_ITEMS && (double) words / items >= MIN_MEAN_WORDS && !separated
                    && introduced(input, kept, listed, skip, stops, k)) {
                for (int j = k; j <= last; j++) {
                    if (!skip[j] && !kept[j]) {
                        out[j] = true;
                        kept[j] = true;
                    }
                    listed[j] = !skip[j];
                }
            }
            k = last + 1;
        }
        return out;
    }

    /** Per line: an end marker or a navigation line, which no list passes over on its way up to the text. */
    public static boolean[] stops(LineInput input) {
        boolean[] out = new boolean[input.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = input.endMarkers()[k] || NAVIGATION.equals(input.ruleKinds()[k]);
        }
        return out;
    }

    /**
     * Whether a paragraph of the article's text (or a list it introduced) stands right above the list, short headings
     * aside.
     */
    private static boolean introduced(LineInput input, boolean[] kept, boolean[] listed, boolean[] skip,
                                      boolean[] stops, int first) {
        int headings = 0;
        for (int j = first - 1; j >= 0; j--) {
            if (stops[j]) {
                return false;
            }
            if (skip[j]) {
                // an image and its caption may stand between a text and its list; other chrome a rule took (a share
                // bar, a box's label) parts them
                if (!PASSED_KINDS.contains(String.valueOf(input.ruleKinds()[j]))) {
                    return false;
                }
                continue;
            }
            if (kept[j]) {
                return listed[j] || paragraph(input.texts().get(j));
            }
            if (!heading(input.texts().get(j)) || ++headings > MAX_HEADINGS) {
                return false;
            }
        }
        return false;
    }

    /** A paragraph of text, or a line that announces what follows ("The final standings after 36 races:"). */
    private static boolean paragraph(String text) {
        return text.length() >= PARAGRAPH_LENGTH
                || words(text) >= PARAGRAPH_WORDS && SENTENCE_END.matcher(text).matches()
                || words(text) >= MIN_INTRO_WORDS && INTRO_END.matcher(text).matches();
    }

    private static boolean separated(String text) {
        return text.indexOf('|') >= 0;
    }

    private static boolean heading(String text) {
        return words(text) <= 5 && text.length() <= 50 && !SENTENCE_END.matcher(text).matches();
    }

    static int shape(String text) {
        if (tabs(text) >= 2) {
            return ROW;
        }
        // each pattern needs its own first character: the others are told apart without a matcher
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (NUMBER_STARTS.indexOf(first) >= 0 && NUMBER.matcher(text).matches()) {
            return NUMBERED;
        }
        if (BULLET_MARKS.indexOf(first) >= 0 && BULLET.matcher(text).matches()) {
            return BULLETED;
        }
        return NONE;
    }

    private static int tabs(String text) {
        int t = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\t') {
                t++;
            }
        }
        return t;
    }

    private static int words(String text) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                w++;
            }
            in = letter;
        }
        return w;
    }
}
