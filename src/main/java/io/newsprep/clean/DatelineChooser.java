package io.newsprep.clean;

import io.newsprep.dates.DateCues;
import io.newsprep.dates.DateFinder;
import io.newsprep.dates.DateMention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the article's own date among the dates a dump's lines carry: every date found is a candidate, described by
 * where it stands (distance to the headline, the byline and the body, inside a related-stories box or not), what
 * else its line holds (a byline, a "Published" or an "Updated" cue), how it is written and how often its day
 * recurs. A linear score with weights fitted on the training pages ({@code /clean/dateline-weights.tsv}) gives
 * each candidate its share of the page against "no date" (a choice scored 0); the day with the largest share
 * counts only when that share reaches the threshold there (a wrong date is worse than none).
 */
final class DatelineChooser {

    /** The article's date as chosen, with the line's text, how it was found and why. */
    record Choice(String iso, String raw, String method, int line, double score, String why) {
    }

    /** A date found in a line, with its features. */
    record Candidate(int line, DateMention mention, Map<String, Double> features) {
    }

    /** Relative phrases are only read in short lines this close to the headline: "hier" is also a Dutch word. */
    private static final int RELATIVE_REACH = 6;
    private static final int RELATIVE_MAX_WORDS = 8;
    private static final int MAX_LINE_CHARS = 400;
    private static final int EARLIEST_YEAR = 1995;
    /**
     * A relative date ("Yesterday 12:35PM") is resolved against when the page was saved; when every date the page
     * writes out is older than this by more than this many days, that time is not when the page was saved (a file
     * copied years later) and the relative dates are not read.
     */
    private static final int STALE_REFERENCE_DAYS = 365;
    /** How far below the headline the rule book's date line may stand. */
    private static final int RULED_DATELINE_REACH = 3;
    /** How far from a byline a date counts as beside it. */
    private static final int BYLINE_REACH = 2;
    /** A line above a date that opens its line lends it its cue when it is this short ("Published:"). */
    private static final int CUE_LINE_MAX_WORDS = 4;
    /** The signature of a post embedded in the article ("— Jane Doe (@janedoe) November 18, 2019"): its own date. */
    private static final java.util.regex.Pattern EMBEDDED_POST = java.util.regex.Pattern.compile("^\\s*[—–-]+\\s.*\\(@\\w+\\)");
    /** A date with this many words before and after it stands inside a sentence (a caption, a reference). */
    private static final int SENTENCE_WORDS_BEFORE = 4;
    private static final int SENTENCE_WORDS_AFTER = 2;
    /** A dateline stands between the headline and the first kept line, at most this many lines above that line. */
    private static final int ABOVE_TEXT_REACH = 8;
    /**
     * A date with other dated lines both this close above and below it is one item of a list (related stories, a
     * gallery's captions, comments, a table): a list of one day adds up to a large share, a dateline stands apart. A
     * line repeated word for word (a dump that writes the dateline twice) is no second item.
     */
    private static final int LIST_REACH = 6;
    private static final java.util.regex.Pattern SEGMENT_BREAK = java.util.regex.Pattern.compile("[|•·]");
    private final DateFinder finder;
    /** Words that say which date follows: "Published", "Updated", "입력", "수정". */
    private final DateCues cues;
    private final DatelineScore score;

    DatelineChooser(DateFinder finder, Map<String, Double> weights) {
        this.finder = finder;
        this.cues = DateCues.fromResources();
        this.score = new DatelineScore(weights);
    }

    static DatelineChooser fromResources() {
        return new DatelineChooser(DateFinder.fromResources(), DatelineScore.shippedWeights());
    }

    /**
     * @param title     the headline's line, or -1
     * @param bodyStart the first line of the body
     * @param bodyEnd   the last line of the body, or -1
     * @param reference when the page was saved (for relative dates and dates in the future), or null
     */
    Choice choose(String documentKey, List<String> texts, List<LineVerdict> verdicts, int title, int bodyStart,
                  int bodyEnd, OffsetDateTime reference, CleaningListener listener) {
        List<Candidate> candidates = candidates(texts, verdicts, title, bodyStart, bodyEnd, reference);
        List<DateCandidate> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            scored.add(new DateCandidate(c.line(), texts.get(c.line()), c.mention().date(), c.features()));
        }
        if (listener != CleaningListener.NONE) {
            listener.datelineCandidates(documentKey, List.copyOf(scored));
        }
        DatelineScore.Pick pick = score.choose(scored);
        if (pick == null) {
            return null;
        }
        Candidate best = candidates.get(pick.index());
        DateMention m = best.mention();
        String text = texts.get(best.line());
        String raw = text.substring(m.start(), m.end()).strip();
        boolean relative = m.form() == DateMention.Form.RELATIVE;
        String why = String.format(java.util.Locale.ROOT, "line %d of %d dates, its day's share %.2f (threshold %.2f)%s",
                verdicts.get(best.line()).line(), candidates.size(), pick.share(), score.threshold(),
                relative ? ", resolved against " + reference : "");
        return new Choice(m.iso(), raw, relative ? PublishedMethod.RELATIVE : PublishedMethod.DATELINE, best.line(),
                pick.share(), why);
    }

    /** A candidate's linear score; "no date" scores 0. */
    double score(Map<String, Double> features) {
        return score.score(features);
    }

    List<Candidate> candidates(List<String> texts, List<LineVerdict> verdicts, int title, int bodyStart, int bodyEnd,
                               OffsetDateTime reference) {
        int n = texts.size();
        Boolean order = null;
        for (int k = 0; k < n && order == null; k++) {
            order = DateFinder.numericOrder(texts.get(k));
        }
        boolean monthFirst = order == null || order;
        int anchor = title >= 0 ? title : Math.min(bodyStart, n);
        List<Integer> lines = new ArrayList<>();
        List<DateMention> mentions = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String text = texts.get(k);
            if (text.length() > MAX_LINE_CHARS) {
                continue;
            }
            List<DateMention> found = new ArrayList<>(finder.find(text, monthFirst));
            if (reference != null && found.isEmpty() && Math.abs(k - anchor) <= RELATIVE_REACH
                    && words(text) <= RELATIVE_MAX_WORDS) {
                found.addAll(finder.findRelative(text, reference));
            }
            for (DateMention m : found) {
                if (m.date().getYear() < EARLIEST_YEAR
                        || reference != null && m.date().isAfter(reference.toLocalDate().plusDays(1))) {
                    continue;
                }
                lines.add(k);
                mentions.add(m);
            }
        }
        dropRelativeAgainstAStaleReference(lines, mentions, reference);
        Map<LocalDate, Integer> sameDay = new HashMap<>();
        for (DateMention m : mentions) {
            sameDay.merge(m.date(), 1, Integer::sum);
        }
        boolean[] nearByline = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (verdicts.get(k).kind() == LineKind.BYLINE) {
                for (int j = Math.max(0, k - BYLINE_REACH); j <= Math.min(n - 1, k + BYLINE_REACH); j++) {
                    nearByline[j] |= j != k;
                }
            }
        }
        int firstKept = -1;
        for (int k = Math.max(0, anchor); k < n && firstKept < 0; k++) {
            firstKept = verdicts.get(k).kept() ? k : -1;
        }
        boolean[] dated = new boolean[n];
        for (int k : lines) {
            dated[k] = true;
        }
        List<Candidate> out = new ArrayList<>();
        int firstAfterAnchor = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (lines.get(i) >= anchor - 2) {
                firstAfterAnchor = i;
                break;
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            int k = lines.get(i);
            DateMention m = mentions.get(i);
            Map<String, Double> x = new LinkedHashMap<>();
            String text = texts.get(k);
            LineKind kind = verdicts.get(k).kind();
            boolean kept = verdicts.get(k).kept();
            int distance = Math.abs(k - anchor);
            x.put("bias", 1.0);
            x.put("has_title", title >= 0 ? 1.0 : 0.0);
            x.put("near_anchor", 1.0 / (1 + distance));
            x.put("within_3", distance <= 3 ? 1.0 : 0.0);
            x.put("within_10", distance <= 10 ? 1.0 : 0.0);
            x.put("above_anchor", k < anchor ? 1.0 : 0.0);
            x.put("between_title_and_body", title >= 0 && k > title && k < bodyStart ? 1.0 : 0.0);
            x.put("in_body", kept ? 1.0 : 0.0);
            x.put("after_body", bodyEnd >= 0 && k > bodyEnd ? 1.0 : 0.0);
            x.put("kind_date_line", kind == LineKind.PUBLISHED_DATE ? 1.0 : 0.0);
            x.put("kind_byline", kind == LineKind.BYLINE ? 1.0 : 0.0);
            x.put("kind_navigation", kind == LineKind.NAVIGATION ? 1.0 : 0.0);
            x.put("kind_appended", kind == LineKind.APPENDED ? 1.0 : 0.0);
            x.put("coverage", (double) m.length() / Math.max(1, text.strip().length()));
            x.put("other_words", Math.log1p(Math.max(0, words(text) - words(text.substring(m.start(), m.end())))));
            x.put("first_near_headline", i == firstAfterAnchor ? 1.0 : 0.0);
            x.put("same_day_elsewhere", Math.log(sameDay.get(m.date())));
            x.put("dates_in_page", Math.log1p(mentions.size()));
            x.put("has_time", m.time() != null ? 1.0 : 0.0);
            x.put("form_" + m.form().name().toLowerCase(java.util.Locale.ROOT), 1.0);
            x.put("dates_in_line", Math.log(count(lines, k)));
            x.put("rank_in_page", Math.log1p(i));
            x.put("first_in_page", i == 0 ? 1.0 : 0.0);
            x.put("page_position", (double) k / Math.max(1, n));
            x.put("before_body", k < bodyStart ? 1.0 : 0.0);
            x.put("starts_line", text.substring(0, m.start()).isBlank() ? 1.0 : 0.0);
            DateCues.Kind cue = cue(texts, k, i > 0 && lines.get(i - 1) == k ? mentions.get(i - 1).end() : 0, m.start());
            x.put("cue_published", cue == DateCues.Kind.PUBLISHED ? 1.0 : 0.0);
            x.put("cue_updated", cue == DateCues.Kind.UPDATED ? 1.0 : 0.0);
            x.put("segment_share", segmentShare(text, m));
            x.put("near_byline", nearByline[k] ? 1.0 : 0.0);
            boolean underHeadline = title >= 0 && k > title && k - title <= RULED_DATELINE_REACH;
            x.put("under_headline", underHeadline ? 1.0 : 0.0);
            x.put("ruled_dateline", underHeadline && i == firstAfterAnchor && kind == LineKind.PUBLISHED_DATE ? 1.0 : 0.0);
            x.put("far_from_headline", title >= 0 && distance > 30 ? 1.0 : 0.0);
            x.put("earliest_in_line", otherDayInLine(lines, mentions, i, true) ? 1.0 : 0.0);
            x.put("latest_in_line", otherDayInLine(lines, mentions, i, false) ? 1.0 : 0.0);
            x.put("embedded_post", EMBEDDED_POST.matcher(text).find() ? 1.0 : 0.0);
            x.put("mid_sentence", words(text.substring(0, m.start())) >= SENTENCE_WORDS_BEFORE
                    && words(text.substring(m.end())) >= SENTENCE_WORDS_AFTER ? 1.0 : 0.0);
            x.put("words_before", Math.log1p(words(text.substring(0, m.start()))));
            x.put("above_text", firstKept >= 0 && k >= anchor && k < firstKept && firstKept - k <= ABOVE_TEXT_REACH
                    ? 1.0 : 0.0);
            x.put("photo_caption", cues.holds(text, DateCues.Kind.CAPTION) ? 1.0 : 0.0);
            boolean inList = datedWithin(dated, texts, k, k - LIST_REACH, k - 1) > 0
                    && datedWithin(dated, texts, k, k + 1, k + LIST_REACH) > 0;
            x.put("in_date_list", inList ? 1.0 : 0.0);
            out.add(new Candidate(k, m, x));
        }
        return out;
    }

    /**
     * Drops the relative dates when the page writes out dates and the newest of them is more than
     * {@link #STALE_REFERENCE_DAYS} before the time they were resolved against: the page's "yesterday" is not the day
     * before that time.
     */
    static void dropRelativeAgainstAStaleReference(List<Integer> lines, List<DateMention> mentions,
                                                   OffsetDateTime reference) {
        if (reference == null) {
            return;
        }
        LocalDate newest = null;
        boolean relative = false;
        for (DateMention m : mentions) {
            if (m.form() == DateMention.Form.RELATIVE) {
                relative = true;
            } else if (newest == null || m.date().isAfter(newest)) {
                newest = m.date();
            }
        }
        if (!relative || newest == null || !newest.plusDays(STALE_REFERENCE_DAYS).isBefore(reference.toLocalDate())) {
            return;
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).form() == DateMention.Form.RELATIVE) {
                mentions.remove(i);
                lines.remove(i);
            }
        }
    }

    /** The candidates of each document as JSON lines: document, line, day and features. */
    private static final class TrainingData {
        static synchronized void write(String file, String documentKey, List<Candidate> candidates) {
            StringBuilder b = new StringBuilder();
            for (Candidate c : candidates) {
                b.append("{\"doc\":\"").append(documentKey.replace("\\", "/").replace("\"", "'"))
                        .append("\",\"line\":").append(c.line()).append(",\"day\":\"").append(c.mention().date())
                        .append("\",\"features\":{");
                String sep = "";
                for (Map.Entry<String, Double> f : c.features().entrySet()) {
                    b.append(sep).append('"').append(f.getKey()).append("\":").append(f.getValue());
                    sep = ",";
                }
                b.append("}}\n");
            }
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), b, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * The cue nearest before a date, between the previous date of its line (or the line's start) and the date; for a
     * date that opens its line, the cue of a short line right above ("Published:").
     */
    private DateCues.Kind cue(List<String> texts, int k, int from, int start) {
        String before = texts.get(k).substring(Math.min(from, start), start);
        DateCues.Kind kind = cues.last(before);
        if (kind == null && before.isBlank() && k > 0 && words(texts.get(k - 1)) <= CUE_LINE_MAX_WORDS) {
            kind = cues.last(texts.get(k - 1));
        }
        return kind;
    }

    /** Whether another date of the candidate's line falls on a later day (earliest) or an earlier one (latest). */
    private static boolean otherDayInLine(List<Integer> lines, List<DateMention> mentions, int i, boolean earliest) {
        for (int j = 0; j < mentions.size(); j++) {
            if (j != i && lines.get(j).equals(lines.get(i))) {
                int c = mentions.get(j).date().compareTo(mentions.get(i).date());
                if (earliest ? c > 0 : c < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The date's share of its part of the line, the parts separated by "|", "•" or "·" ("By X | Nov 19, 2019 | ..."). */
    private static double segmentShare(String text, DateMention m) {
        int start = 0;
        int end = text.length();
        java.util.regex.Matcher b = SEGMENT_BREAK.matcher(text);
        while (b.find()) {
            if (b.end() <= m.start()) {
                start = b.end();
            } else if (b.start() >= m.end()) {
                end = b.start();
                break;
            }
        }
        return (double) m.length() / Math.max(1, text.substring(start, end).strip().length());
    }

    /** How many lines of the range [from, to] hold a date, other than repeats of line k. */
    private static int datedWithin(boolean[] dated, List<String> texts, int k, int from, int to) {
        String own = texts.get(k).strip();
        int c = 0;
        for (int j = Math.max(0, from); j <= Math.min(dated.length - 1, to); j++) {
            c += dated[j] && !texts.get(j).strip().equals(own) ? 1 : 0;
        }
        return c;
    }

    private static int count(List<Integer> lines, int k) {
        int c = 0;
        for (int l : lines) {
            c += l == k ? 1 : 0;
        }
        return c;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
