package io.newsprep.publisher;

import io.newsprep.text.ResourceTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the site name of a text dump among its {@link SiteNameCandidates}: each candidate scores the sum of the
 * weights of its features, "no name" scores 0, and the best candidate is the name when its softmax share of the
 * page's choice reaches {@code accept}, a share chosen so that a wrong name costs more than none. The weights are fitted on the training pages ({@code newsprep train
 * --site-names}) and shipped as {@value #WEIGHTS}. Thread-safe.
 */
public final class SiteNameRanker {

    public static final String WEIGHTS = "/clean/site-name-choice.tsv";
    public static final String ACCEPT = "accept";

    private final SiteNameCandidates candidates = new SiteNameCandidates();
    private final Map<String, Double> weights;

    public SiteNameRanker(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    public static SiteNameRanker shipped() {
        return new SiteNameRanker(shippedWeights());
    }

    public static Map<String, Double> shippedWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String[] row : ResourceTable.read(WEIGHTS)) {
            w.put(row[0].strip(), Double.parseDouble(row[1].strip()));
        }
        return w;
    }

    /** The name candidates of a dump's lines. */
    public List<SiteNameCandidates.Candidate> candidates(List<String> lines, String domain, String profileName) {
        return candidates.of(lines, domain, profileName);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** The best candidate's name when its share of the page's choice reaches the acceptance share, else null. */
    public String choose(List<String> lines, String domain, String profileName) {
        return accepted(candidates.of(lines, domain, profileName), weights);
    }

    /** The best of the candidates when its share reaches the weights' acceptance share, else null. */
    public static String accepted(List<SiteNameCandidates.Candidate> candidates, Map<String, Double> w) {
        SiteNameCandidates.Candidate best = best(candidates, w);
        return best != null && share(candidates, best, w) >= w.getOrDefault(ACCEPT, 1.0) ? best.name() : null;
    }

    /**
     * The candidate's share of the page's choice: its softmax probability among the page's candidates and "no name"
     * (score 0), the conditional-logit model the weights were fitted for.
     */
    public static double share(List<SiteNameCandidates.Candidate> candidates, SiteNameCandidates.Candidate c,
                               Map<String, Double> w) {
        double top = Math.max(0, candidates.stream().mapToDouble(x -> score(x.features(), w)).max().orElse(0));
        double sum = Math.exp(-top);
        for (SiteNameCandidates.Candidate x : candidates) {
            sum += Math.exp(score(x.features(), w) - top);
        }
        return Math.exp(score(c.features(), w) - top) / sum;
    }

    /** The highest-scoring candidate (the first of equals), or null when there is none. */
    public static SiteNameCandidates.Candidate best(List<SiteNameCandidates.Candidate> candidates, Map<String, Double> w) {
        SiteNameCandidates.Candidate best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (SiteNameCandidates.Candidate c : candidates) {
            double s = score(c.features(), w);
            if (s > top) {
                top = s;
                best = c;
            }
        }
        return best;
    }

    public static double score(Map<String, Double> features, Map<String, Double> w) {
        double z = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return z;
    }
}
