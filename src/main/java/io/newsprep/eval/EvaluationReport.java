package io.newsprep.eval;

import java.util.List;
import java.util.Locale;

/** Plain-text report of an evaluation: the overall figures, then the worst documents with what went wrong. */
public final class EvaluationReport {

    private static final int MAX_SNIPPETS = 3;
    private static final int MAX_SNIPPET_CHARS = 160;

    private EvaluationReport() {
    }

    public static String format(EvaluationResult result, int worst) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f docs=%d predicted=%d%n",
                result.precision(), result.recall(), result.f1(), result.documents().size(),
                result.predictedCount()));
        List<DocumentScore> docs = result.worst(worst);
        if (!docs.isEmpty()) {
            sb.append(String.format("worst %d documents:%n", docs.size()));
        }
        for (DocumentScore d : docs) {
            sb.append(String.format(Locale.ROOT, "  %s  F1 %.3f  P %s  R %s  gold %d  pred %d%s%n",
                    d.id().length() > 16 ? d.id().substring(0, 16) : d.id(), d.f1(), figure(d.precision()),
                    figure(d.recall()), d.goldTokens(), d.predictedTokens(), d.predicted() ? "" : "  (no prediction)"));
            snippets(sb, "wrongly kept", d.wronglyKept());
            snippets(sb, "wrongly dropped", d.wronglyDropped());
        }
        return sb.toString();
    }

    private static void snippets(StringBuilder sb, String label, List<String> runs) {
        List<String> longest = runs.stream().sorted((a, b) -> b.length() - a.length()).limit(MAX_SNIPPETS).toList();
        for (String run : longest) {
            String s = run.length() > MAX_SNIPPET_CHARS ? run.substring(0, MAX_SNIPPET_CHARS) + " ..." : run;
            sb.append("      ").append(label).append(": ").append(s).append(System.lineSeparator());
        }
    }

    private static String figure(Double v) {
        return v == null ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }
}
