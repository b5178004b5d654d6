package io.newsprep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Metadata scores: per field, the shares of right, wrong and missing values, overall and per input folder. */
public record MetadataResult(List<Score> scores) {

    /** One page's verdict on one field, with the gold and the predicted text for the report. */
    public record Score(String id, String folder, MetadataField field, MetadataField.Verdict verdict, String gold,
                        String predicted) {
    }

    public MetadataResult {
        scores = List.copyOf(scores);
    }

    public List<Score> of(MetadataField field) {
        return scores.stream().filter(s -> s.field() == field).toList();
    }

    /** Share of right values among the scored pages of a field (0 when none is scored). */
    public double right(MetadataField field) {
        List<Score> s = of(field);
        return s.isEmpty() ? 0 : (double) count(s, MetadataField.Verdict.RIGHT) / s.size();
    }

    /**
     * Report lines: per field {@code right}, {@code wrong} and {@code null} shares, {@code precision} (right
     * among the pages given a value) and the pages scored; per folder when the articles come from several; then
     * the wrong values.
     */
    public String format(int worst) {
        StringBuilder sb = new StringBuilder();
        Map<String, List<Score>> byFolder = new TreeMap<>();
        scores.forEach(s -> byFolder.computeIfAbsent(s.folder(), f -> new ArrayList<>()).add(s));
        for (MetadataField field : MetadataField.values()) {
            List<Score> all = of(field);
            if (all.isEmpty()) {
                continue;
            }
            line(sb, field.label(), all);
            if (byFolder.size() > 1) {
                byFolder.forEach((folder, list) -> {
                    List<Score> mine = list.stream().filter(s -> s.field() == field).toList();
                    if (!mine.isEmpty()) {
                        line(sb, field.label() + " " + (folder.isEmpty() ? "." : folder), mine);
                    }
                });
            }
        }
        List<Score> wrong = scores.stream().filter(s -> s.verdict() == MetadataField.Verdict.WRONG).limit(worst)
                .toList();
        if (!wrong.isEmpty()) {
            sb.append(String.format("wrong metadata (%d shown):%n", wrong.size()));
        }
        for (Score s : wrong) {
            sb.append(String.format(Locale.ROOT, "  %s  %s  gold: %s%n      got: %s%n",
                    s.id().length() > 16 ? s.id().substring(0, 16) : s.id(), s.field().label(), s.gold(),
                    s.predicted()));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<Score> s) {
        long right = count(s, MetadataField.Verdict.RIGHT);
        long wrong = count(s, MetadataField.Verdict.WRONG);
        long none = count(s, MetadataField.Verdict.NULL);
        sb.append(String.format(Locale.ROOT, "%s: right=%.4f wrong=%.4f null=%.4f precision=%.4f docs=%d%n", label,
                (double) right / s.size(), (double) wrong / s.size(), (double) none / s.size(),
                right + wrong == 0 ? 0.0 : (double) right / (right + wrong), s.size()));
    }

    private static long count(List<Score> s, MetadataField.Verdict v) {
        return s.stream().filter(x -> x.verdict() == v).count();
    }
}
