package io.newsprep.clean;

import io.newsprep.text.ResourceTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dateline chooser's score: a linear score per candidate, each candidate's share of the page against "no date"
 * (a choice that scores 0, a conditional logit), the shares of a day's candidates added up; the day with the largest
 * share counts when it reaches the threshold (a wrong date is worse than none).
 */
public final class DatelineScore {

    /** The weights file the cleaner reads. */
    public static final String WEIGHTS = "/clean/dateline-weights.tsv";
    /** The name of the threshold in the weights file. */
    public static final String THRESHOLD = "threshold";

    /** The candidate whose day has the largest share, and that share. */
    public record Pick(int index, LocalDate day, double share) {
    }

    private final Map<String, Double> weights;
    private final double threshold;

    public DatelineScore(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.threshold = weights.getOrDefault(THRESHOLD, 0.5);
    }

    /** The weights the cleaner uses now. */
    public static Map<String, Double> shippedWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String[] row : ResourceTable.read(WEIGHTS)) {
            w.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        return w;
    }

    public double threshold() {
        return threshold;
    }

    /** A candidate's linear score; "no date" scores 0. */
    public double score(Map<String, Double> features) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return z;
    }

    /** The best day's candidate and its share, whether or not it reaches the threshold; null without candidates. */
    public Pick best(List<DateCandidate> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        // each candidate's share against "no date" (scored 0), summed per day: a day written twice is not split
        double top = 0;
        double[] z = new double[candidates.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = score(candidates.get(i).features());
            top = Math.max(top, z[i]);
        }
        double total = Math.exp(-top);
        Map<LocalDate, Double> dayShare = new LinkedHashMap<>();
        for (int i = 0; i < z.length; i++) {
            double e = Math.exp(z[i] - top);
            total += e;
            dayShare.merge(candidates.get(i).day(), e, Double::sum);
        }
        int best = -1;
        double bestShare = -1;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            double share = dayShare.get(candidates.get(i).day()) / total;
            if (share > bestShare + 1e-12 || Math.abs(share - bestShare) <= 1e-12 && z[i] > bestZ) {
                best = i;
                bestShare = share;
                bestZ = z[i];
            }
        }
        return new Pick(best, candidates.get(best).day(), bestShare);
    }

    /** The day chosen, or null when no day's share reaches the threshold. */
    public Pick choose(List<DateCandidate> candidates) {
        Pick p = best(candidates);
        return p == null || p.share() < threshold ? null : p;
    }
}
