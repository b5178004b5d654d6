package io.newsprep.model;

import java.util.Locale;
import java.util.Map;

/**
 * The line model's features in plain words, for explanations: {@code sentence_end=0} reads "no sentence end",
 * {@code p@-1=0.03} "line above: body 0.03" (the first stage's probability). A feature this class does not know keeps its name and value.
 */
final class FeatureWords {

    /** Features that are 1 or 0 on one line: what each reads when true and when false. */
    private static final Map<String, String[]> FLAGS = Map.ofEntries(
            Map.entry("sentence_end", new String[] {"sentence end", "no sentence end"}),
            Map.entry("colon_end", new String[] {"ends in a colon", "no colon at the end"}),
            Map.entry("bullet", new String[] {"bullet", "no bullet"}),
            Map.entry("ruled", new String[] {"a rule took it", "no rule took it"}),
            Map.entry("end_marker", new String[] {"end marker", "no end marker"}),
            Map.entry("long_line", new String[] {"long line", "not a long line"}),
            Map.entry("heuristic_good", new String[] {"classifier says body", "classifier says chrome"}),
            Map.entry("heuristic_main", new String[] {"in the classifier's main block", "outside the classifier's main block"}),
            Map.entry("have_stop_list", new String[] {"stop words known", "no stop words for the language"}),
            Map.entry("in_major_block", new String[] {"in a major text block", "outside the major text blocks"}),
            Map.entry("below_box_label", new String[] {"in a box below a box label", "not below a box label"}),
            Map.entry("comment_cue", new String[] {"time of day (comment header)", "no time of day"}));

    /** Other features of the line itself: their words, before the value. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("letters", "letters"), Map.entry("digits", "digits"), Map.entry("upper", "capitals"),
            Map.entry("punctuation", "punctuation"), Map.entry("word_length", "word length"),
            Map.entry("links", "links"), Map.entry("ui_rate", "UI words per word"), Map.entry("separators", "separators"),
            Map.entry("stop_share", "stop-word share"), Map.entry("capitalised", "capitalised words"),
            Map.entry("comma_rate", "commas per word"), Map.entry("relative_position", "position on the page"),
            Map.entry("from_longest", "distance from the longest line"), Map.entry("text_before", "share of text before it"),
            Map.entry("p_max_before8", "best body score of the 8 lines above"),
            Map.entry("p_max_after8", "best body score of the 8 lines below"),
            Map.entry("p_mean_before_all", "body score of all lines above"),
            Map.entry("p_mean_after_all", "body score of all lines below"),
            Map.entry("p_text_weighted8", "body score of the text within 8 lines"),
            Map.entry("p_document_max", "best body score on the page"),
            Map.entry("p_over_max", "own body score against the page's best"),
            Map.entry("p~3_over_max", "body score within 3 lines against the page's best"),
            Map.entry("block_share", "share of the page's text in its block"),
            Map.entry("block_vs_largest", "its block's text against the largest block's"),
            Map.entry("foreign_script", "letters in another script than the page's"));

    private FeatureWords() {
    }

    static String describe(String name, float value) {
        if (name.startsWith("p_m") && value < 0) {
            return name.contains("before") ? "no lines above" : "no lines below";
        }
        if (VALUES.containsKey(name)) {
            return VALUES.get(name) + " " + number(value);
        }
        if (name.startsWith("rule_")) {
            String kind = name.substring("rule_".length()).replace('_', ' ');
            return value > 0.5f ? "rule says " + kind : "no " + kind + " rule";
        }
        if (name.startsWith("p@")) {
            int offset = Integer.parseInt(name.substring(2).replace("+", ""));
            return value < 0 ? "no " + where(offset) : where(offset) + ": body " + number(value);
        }
        if (name.startsWith("p~")) {
            return "body score within " + name.substring(2) + " lines " + number(value);
        }
        int at = name.indexOf('@');
        if (at > 0) {
            int offset = Integer.parseInt(name.substring(at + 1).replace("+", ""));
            return value < 0 ? "no " + where(offset) : where(offset) + ": " + own(name.substring(0, at), value);
        }
        int window = name.indexOf('~');
        if (window > 0) {
            return "within " + name.substring(window + 1) + " lines: " + mean(name.substring(0, window), value);
        }
        return own(name, value);
    }

    /** A feature of one line, as that line's value. */
    private static String own(String base, float value) {
        switch (base) {
            case "log_chars": {
                long chars = Math.round(Math.expm1(value));
                return (chars < 40 ? "short, " : chars >= 80 ? "long, " : "") + chars + " chars";
            }
            case "log_words":
                return Math.round(Math.expm1(value)) + " words";
            case "from_major_block": {
                long lines = Math.round(Math.expm1(Math.abs(value)));
                return lines == 0 ? "in a major text block"
                        : lines + " lines " + (value < 0 ? "above" : "below") + " a major text block";
            }
            case "shape_run":
                return "in a run of " + Math.round(Math.expm1(value)) + " lines of its shape";
            case "log_repeats": {
                long times = Math.round(Math.exp(value));
                return times <= 1 ? "not repeated on the page" : "repeated " + times + " times on the page";
            }
            default:
                break;
        }
        String[] flag = FLAGS.get(base);
        if (flag != null) {
            return value > 0.5f ? flag[0] : flag[1];
        }
        String words = VALUES.get(base);
        return (words == null ? base : words) + " " + number(value);
    }

    /** A feature of the line as a mean over a window of lines. */
    private static String mean(String base, float value) {
        switch (base) {
            case "log_chars":
                return Math.round(Math.expm1(value)) + " chars on average";
            default:
                break;
        }
        String[] flag = FLAGS.get(base);
        String words = flag != null ? flag[0] : VALUES.getOrDefault(base, base);
        return words + " " + number(value);
    }

    private static String where(int offset) {
        if (offset == 0) {
            return "own first-stage score";
        }
        String side = offset < 0 ? "above" : "below";
        int d = Math.abs(offset);
        return d == 1 ? "line " + side : d + " lines " + side;
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
