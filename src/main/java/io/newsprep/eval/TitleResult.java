package io.newsprep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Title scores of the documents whose gold has a title: exact, missing and wrong shares, overall and per folder. */
public record TitleResult(List<TitleScore> documents) {

    public TitleResult {
        documents = List.copyOf(documents);
    }

    public double exact() {
        return share(documents, true);
    }

    public double missing() {
        return share(documents, false);
    }

    private static double share(List<TitleScore> docs, boolean exact) {
        if (docs.isEmpty()) {
            return 0;
        }
        return (double) docs.stream().filter(d -> exact ? d.exact() : d.missing()).count() / docs.size();
    }

    /** Documents by the folder of their input file, folders sorted. */
    public Map<String, List<TitleScore>> byFolder() {
        Map<String, List<TitleScore>> out = new TreeMap<>();
        for (TitleScore d : documents) {
            out.computeIfAbsent(d.folder(), f -> new ArrayList<>()).add(d);
        }
        return out;
    }

    /** Report lines: the overall figures, per folder when the articles come from several, then the wrong titles. */
    public String format(int worst) {
        StringBuilder sb = new StringBuilder();
        line(sb, "title", documents);
        Map<String, List<TitleScore>> folders = byFolder();
        if (folders.size() > 1) {
            folders.forEach((folder, docs) -> line(sb, "title " + (folder.isEmpty() ? "." : folder), docs));
        }
        List<TitleScore> wrong = documents.stream().filter(d -> !d.exact()).limit(worst).toList();
        if (!wrong.isEmpty()) {
            sb.append(String.format("wrong titles (%d shown):%n", wrong.size()));
        }
        for (TitleScore d : wrong) {
            sb.append(String.format(Locale.ROOT, "  %s  gold: %s%n      got: %s%n",
                    d.id().length() > 16 ? d.id().substring(0, 16) : d.id(), d.gold(),
                    d.predicted() == null ? "(none)" : d.predicted()));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<TitleScore> docs) {
        long exact = docs.stream().filter(TitleScore::exact).count();
        long missing = docs.stream().filter(TitleScore::missing).count();
        sb.append(String.format(Locale.ROOT, "%s: exact=%.4f missing=%.4f wrong=%.4f docs=%d%n", label,
                share(docs, true), share(docs, false), docs.isEmpty() ? 0.0 : (double) (docs.size() - exact - missing) / docs.size(),
                docs.size()));
    }
}
