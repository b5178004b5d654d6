package io.newsprep.train;

import io.newsprep.clean.Cleaner;
import io.newsprep.clean.CleaningListener;
import io.newsprep.clean.DateCandidate;
import io.newsprep.clean.DatelineScore;
import io.newsprep.clean.RecurringLines;
import io.newsprep.input.Dump;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Fits the dateline chooser's weights ({@code clean/dateline-weights.tsv}) on training sets whose gold gives the
 * publication date from each page's structured data. Each page goes through the real cleaner, which tells a
 * {@link CleaningListener} the dates it weighed and their features; a page's target is its candidates on the gold
 * day, or "no date" when none is. A conditional logit over each page's candidates and "no date" (scored 0), with L2,
 * fitted by plain gradient descent from zero for a fixed number of steps over the pages in sorted order: the same
 * pages give the same file (neither liblinear nor Tribuo fits a choice among a page's candidates). The threshold is
 * the share above which the chosen days earn most on the training pages, a wrong day costing {@link #WRONG_COST}
 * right ones. Held-out figures come from folds by site (the URL's host).
 */
public final class DatelineWeightsFit extends TalliedWeightsFit<DatelineWeightsFit.Example> {

    static final int STEPS = 600;
    static final double RATE = 0.5;
    static final double L2 = 0.003;
    static final double WRONG_COST = 3;

    /** One training page with a gold date: whether the dump shows it, and the dates the cleaner weighed. */
    record Example(String id, String host, LocalDate gold, boolean shown, List<DateCandidate> candidates) {
    }

    public DatelineWeightsFit(Consumer<String> out) {
        super(out, DatelineScore::shippedWeights, SiteFolds.COUNT + " folds by site, shipped weights: ",
                SiteFolds.COUNT + " folds by site, held out:        ");
    }

    /** The pages of the given set folders that have a gold date, cleaned as {@code ingest} cleans them. */
    @Override
    List<Example> read(List<Path> sets) {
        Cleaner cleaner = Cleaner.withDefaults();
        List<Example> examples = new ArrayList<>();
        new TrainingSetPages().forEach(sets, p -> {
            LocalDate gold = day(p.gold().get("published"));
            if (gold == null) {
                return;
            }
            JsonNode m = p.manifest();
            boolean shown = m == null || m.get("published_visible") != null && m.get("published_visible").asBoolean(false);
            String host = p.host();
            List<DateCandidate> candidates = new ArrayList<>();
            Dump dump = p.dump();
            // a page without a dump, or a rejected one, has no candidates: it counts as a page without a date
            if (dump != null) {
                cleaner.clean(dump, null, RecurringLines.NONE, new CleaningListener() {
                    @Override
                    public void datelineCandidates(String documentKey, List<DateCandidate> found) {
                        candidates.addAll(found);
                    }
                });
            }
            examples.add(new Example(p.id(), host != null ? host : p.id(), gold, shown, List.copyOf(candidates)));
        });
        examples.sort(Comparator.comparing(Example::id));
        long shown = examples.stream().filter(Example::shown).count();
        long reachable = examples.stream().filter(x -> x.shown() && x.candidates().stream().anyMatch(c -> c.day().equals(x.gold())))
                .count();
        out.accept(examples.size() + " pages with a gold date, " + shown + " where the dump shows it, " + reachable
                + " of which have a candidate on that day");
        return examples;
    }

    /** Right, wrong and null over pages where the dump shows the date; wrong days elsewhere. */
    @Override
    String line(ChoiceTally t) {
        return String.format(Locale.ROOT, "shown %d, right day %d (%.3f), wrong %d, null %d, precision %.3f; "
                        + "wrong where not shown %d", t.shown(), t.right(), t.rightShare(),
                t.wrong(), t.none(), t.precision(), t.wrongNotShown());
    }

    /** The held-out pages whose date was missed or wrong, with their candidates near the chosen and the gold day. */
    @Override
    void misses(List<Example> test, Map<String, Double> weights) {
        DatelineScore score = new DatelineScore(weights);
        for (Example x : test) {
            DatelineScore.Pick best = score.best(x.candidates());
            DatelineScore.Pick got = score.choose(x.candidates());
            if (!x.shown() || got != null && got.day().equals(x.gold())) {
                continue;
            }
            out.accept(String.format(Locale.ROOT, "    %s %s gold %s got %s (best %s, share %.2f)", got == null ? "null " : "wrong",
                    x.id(), x.gold(), got == null ? "-" : got.day(), best == null ? "-" : best.day(),
                    best == null ? 0.0 : best.share()));
            for (DateCandidate c : x.candidates()) {
                String text = c.text().strip();
                out.accept(String.format(Locale.ROOT, "        %s line %d %s z=%.2f | %s", c.day().equals(x.gold()) ? "*" : " ",
                        c.line(), c.day(), score.score(c.features()), text.length() > 110 ? text.substring(0, 110) + "…" : text));
            }
        }
    }

    /** The fold of a page's site: the first bytes of the SHA-256 of its host. */
    @Override
    int fold(Example x) {
        return SiteFolds.bySha256(x.host());
    }

    @Override
    ChoiceTally score(List<Example> examples, Map<String, Double> weights) {
        DatelineScore score = new DatelineScore(weights);
        ChoiceTally t = ChoiceTally.EMPTY;
        for (Example x : examples) {
            DatelineScore.Pick got = score.choose(x.candidates());
            t = t.plus(x.shown(), got != null, got != null && got.day().equals(x.gold()));
        }
        return t;
    }

    /** The weights and threshold fitted on the pages that have candidates. */
    @Override
    Map<String, Double> weights(List<Example> examples) {
        List<Example> pages = examples.stream().filter(x -> !x.candidates().isEmpty()).toList();
        TreeSet<String> sorted = new TreeSet<>();
        pages.forEach(x -> x.candidates().forEach(c -> sorted.addAll(c.features().keySet())));
        List<String> names = List.copyOf(sorted);
        // each page as its candidates' feature vectors and which of them fall on the gold day
        List<double[][]> xs = new ArrayList<>();
        List<boolean[]> positive = new ArrayList<>();
        for (Example x : pages) {
            double[][] v = new double[x.candidates().size()][names.size()];
            boolean[] pos = new boolean[v.length];
            for (int j = 0; j < v.length; j++) {
                DateCandidate c = x.candidates().get(j);
                for (int i = 0; i < names.size(); i++) {
                    v[j][i] = c.features().getOrDefault(names.get(i), 0.0);
                }
                pos[j] = c.day().equals(x.gold());
            }
            xs.add(v);
            positive.add(pos);
        }
        double[] w = descend(xs, positive, names.size());
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            weights.put(names.get(i), w[i]);
        }
        weights.put(DatelineScore.THRESHOLD, threshold(pages, weights));
        return weights;
    }

    /** Gradient descent on the conditional logit's mean log loss with L2, from zero, for {@link #STEPS} steps. */
    private static double[] descend(List<double[][]> xs, List<boolean[]> positive, int features) {
        double[] w = new double[features];
        int n = xs.size();
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[features];
            for (int page = 0; page < n; page++) {
                double[][] x = xs.get(page);
                boolean[] pos = positive.get(page);
                double[] p = ChoiceShares.of(x, w);
                double mass = 0;
                for (int j = 0; j < x.length; j++) {
                    mass += pos[j] ? p[j] : 0;
                }
                for (int j = 0; j < x.length; j++) {
                    double g = p[j] - (pos[j] ? p[j] / mass : 0.0);
                    if (g != 0) {
                        for (int i = 0; i < features; i++) {
                            grad[i] += g * x[j][i];
                        }
                    }
                }
            }
            for (int i = 0; i < features; i++) {
                w[i] -= RATE * (grad[i] / n + L2 * w[i]);
            }
        }
        return w;
    }

    /** The share above which the chosen days earn most, a wrong day costing {@link #WRONG_COST} right ones. */
    private static double threshold(List<Example> pages, Map<String, Double> weights) {
        DatelineScore score = new DatelineScore(weights);
        List<double[]> ranked = new ArrayList<>();
        for (Example x : pages) {
            DatelineScore.Pick p = score.best(x.candidates());
            ranked.add(new double[] {p.share(), p.day().equals(x.gold()) ? 1 : 0});
        }
        ranked.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(b[1], a[1]));
        double best = 1.0;
        double gain = 0;
        double top = 0;
        for (double[] r : ranked) {
            gain += r[1] == 1 ? 1 : -WRONG_COST;
            if (gain > top) {
                best = r[0];
                top = gain;
            }
        }
        return best;
    }

    private static LocalDate day(JsonNode published) {
        if (published == null || published.isNull() || published.asString().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.asString().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The threshold first, then the weights by name. */
    @Override
    String file(Map<String, Double> w) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        ordered.put(DatelineScore.THRESHOLD, w.get(DatelineScore.THRESHOLD));
        w.forEach((k, v) -> {
            if (!k.equals(DatelineScore.THRESHOLD)) {
                ordered.put(k, v);
            }
        });
        return WeightsFile.text("""
                # Weights of the dateline score (see DatelineChooser), fitted by `newsprep train --datelines FILE SET...` on the
                # training pages; threshold: the least share of the page a day needs (see the README, "Dates from text").
                """, ordered, "%.4f");
    }
}
