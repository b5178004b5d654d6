package io.newsprep.clean;

import io.newsprep.dates.DateFinder;
import io.newsprep.dates.DateMention;
import io.newsprep.text.ResourceTable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the article's own date among the dates a dump's lines carry: every date found is a candidate, described by
 * where it stands (distance to the headline and the body, inside a related-stories box or not), what else its line
 * holds, how it is written and how often its day recurs; a logistic score with weights fitted on the training pages
 * ({@code /clean/dateline-weights.tsv}) ranks them, and the best one counts only above the threshold there (a wrong
 * date is worse than none).
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
    /** How far below the headline the rule book's date line may stand. */
    private static final int RULED_DATELINE_REACH = 3;
    /** Where to append every candidate's features (for fitting the weights, see tools/fit-dateline-weights.py). */
    static final String TRAINING_DATA_PROPERTY = "newsprep.dateline-training-data";
    private static final String TRAINING_DATA = System.getProperty(TRAINING_DATA_PROPERTY);

    private final DateFinder finder;
    /** Words that name a date ("published", "입력"), from the rule book's date labels. */
    private final List<String> labels;
    private final Map<String, Double> weights;
    private final double threshold;

    DatelineChooser(DateFinder finder, Map<String, Double> weights) {
        this.finder = finder;
        this.labels = ResourceTable.words("/clean/date-labels.tsv", "label");
        this.weights = weights;
        this.threshold = weights.getOrDefault("threshold", 0.5);
    }

    static DatelineChooser fromResources() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String[] row : ResourceTable.read("/clean/dateline-weights.tsv")) {
            w.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        return new DatelineChooser(DateFinder.fromResources(), w);
    }

    /**
     * @param title     the headline's line, or -1
     * @param bodyStart the first line of the body
     * @param bodyEnd   the last line of the body, or -1
     * @param reference when the page was saved (for relative dates and dates in the future), or null
     */
    Choice choose(String documentKey, List<String> texts, List<LineVerdict> verdicts, int title, int bodyStart,
                  int bodyEnd, OffsetDateTime reference) {
        List<Candidate> candidates = candidates(texts, verdicts, title, bodyStart, bodyEnd, reference);
        if (TRAINING_DATA != null) {
            TrainingData.write(TRAINING_DATA, documentKey, candidates);
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            double s = score(c.features());
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        if (best != null && bestScore < threshold) {
            best = ruledDateline(candidates, verdicts, title);
        }
        if (best == null) {
            return null;
        }
        DateMention m = best.mention();
        String text = texts.get(best.line());
        String raw = text.substring(m.start(), m.end()).strip();
        boolean relative = m.form() == DateMention.Form.RELATIVE;
        String why = String.format(java.util.Locale.ROOT, "line %d of %d dates, score %.2f (threshold %.2f)%s",
                verdicts.get(best.line()).line(), candidates.size(), score(best.features()), threshold,
                relative ? ", resolved against " + reference : "")
                + (score(best.features()) < threshold ? ", the rule book's date line under the headline" : "");
        return new Choice(m.iso(), raw, relative ? PublishedMethod.RELATIVE : PublishedMethod.DATELINE, best.line(),
                score(best.features()), why);
    }

    /**
     * The rule book's date line right under the headline (a line that is a date and nothing else), when the score
     * finds no date sure enough: the form most small sites write their dateline in.
     */
    private static Candidate ruledDateline(List<Candidate> candidates, List<LineVerdict> verdicts, int title) {
        if (title < 0) {
            return null;
        }
        for (Candidate c : candidates) {
            if (c.line() > title && c.line() - title <= RULED_DATELINE_REACH && c.features().get("first_near_headline") == 1.0
                    && verdicts.get(c.line()).kind() == LineKind.PUBLISHED_DATE) {
                return c;
            }
        }
        return null;
    }

    double score(Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return 1 / (1 + Math.exp(-z));
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
        Map<LocalDate, Integer> sameDay = new HashMap<>();
        for (DateMention m : mentions) {
            sameDay.merge(m.date(), 1, Integer::sum);
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
            x.put("labelled", labelled(text.substring(0, m.start())) ? 1.0 : 0.0);
            out.add(new Candidate(k, m, x));
        }
        return out;
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

    private boolean labelled(String before) {
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        for (String label : labels) {
            if (lower.contains(label)) {
                return true;
            }
        }
        return false;
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
