package io.newsprep.train;

import io.newsprep.eval.MetadataMatch;
import io.newsprep.input.Dump;
import io.newsprep.publisher.PublisherIdentification;
import io.newsprep.publisher.PublisherTagger;
import io.newsprep.publisher.SiteName;
import io.newsprep.publisher.SiteNameCandidates;
import io.newsprep.publisher.SiteNameChooser;
import io.newsprep.publisher.SiteNameRanker;
import io.newsprep.publisher.SiteNameWhere;

import tools.jackson.databind.JsonNode;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fits the site-name ranker's weights ({@code clean/site-name-choice.tsv}) on training sets whose gold gives each
 * page's site name from its structured data: each page chooses among its text dump's candidates and "no name", and
 * a conditional-logit model (softmax over the page's choices, L2-regularised) gives the weights; the acceptance
 * share is the one at which the chosen names earn most on the training pages, a wrong name costing
 * {@link #WRONG_COST} right ones. Pages the chooser's rules (title line, feed links, profile) decide are scored as
 * the rules decide them. Held-out figures come from folds by site (the URL's host).
 */
public final class SiteNameWeightsFit extends SiteFoldedWeightsFit<SiteNameWeightsFit.Example> {

    static final double WRONG_COST = 3;
    private static final double L2 = 0.01;
    private static final double STEP = 0.5;
    private static final int ITERATIONS = 1500;

    /** One training page: what the rules give (or null), its candidates, the gold name and whether the dump shows it. */
    record Example(String id, String host, SiteName byRules, List<SiteNameCandidates.Candidate> candidates,
                   String copyrightHolder, String gold, boolean shown, String where) {
    }

    private final Path decisions;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public SiteNameWeightsFit(Consumer<String> out) {
        this(out, null);
    }

    /** With {@code decisions} (may be null), cross-validation writes each held-out page's decision there (JSON Lines). */
    public SiteNameWeightsFit(Consumer<String> out, Path decisions) {
        super(out);
        this.decisions = decisions;
    }

    @Override
    List<Example> read(List<Path> sets) {
        PublisherTagger tagger = PublisherTagger.withDefaults();
        SiteNameChooser rules = new SiteNameChooser(new SiteNameRanker(Map.of()));
        SiteNameCandidates candidates = new SiteNameCandidates();
        List<Example> examples = new ArrayList<>();
        new TrainingSetPages().forEach(sets, p -> {
            JsonNode g = p.gold().get("site_name");
            if (g == null || g.isNull() || g.asString().isBlank()) {
                return;
            }
            JsonNode visible = p.manifest() == null ? null : p.manifest().get("site_name_visible");
            boolean shown = visible == null || visible.isNull() || visible.asBoolean();
            Dump dump = p.dumpFromDumpsFolder();
            if (dump == null) {
                return;
            }
            PublisherIdentification id = tagger.identify(dump);
            String profile = id.profile() == null ? null : id.profile().name();
            examples.add(new Example(p.id(), p.host(), rules.byRules(dump, id), candidates.of(dump.lines(), id.tag().domain(), profile),
                    SiteNameChooser.copyrightHolder(dump, id), g.asString(), shown,
                    SiteNameWhere.of(g.asString(), dump.lines())));
        });
        long ranked = examples.stream().filter(x -> x.byRules() == null).count();
        long reachable = examples.stream().filter(x -> x.byRules() == null && x.shown()
                && x.candidates().stream().anyMatch(c -> MetadataMatch.sameName(x.gold(), c.name()))).count();
        out.accept(examples.size() + " pages with a gold site name, " + examples.stream().filter(Example::shown).count()
                + " where the dump shows it; " + ranked + " left to the ranker, " + reachable
                + " of them shown with the right name among the candidates");
        return examples;
    }

    @Override
    String scoreLine(List<Example> examples, Map<String, Double> weights) {
        return score(examples, weights, false).line();
    }

    @Override
    HeldOut<Example> heldOut() {
        Map<String, Double> shipped = SiteNameRanker.shippedWeights();
        return new HeldOut<>() {
            private final Score before = new Score();
            private final Score after = new Score();
            private final Score open = new Score();
            private final List<String> rows = new ArrayList<>();
            private final Map<String, Integer> kinds = new TreeMap<>();

            @Override
            public void fold(int fold, List<Example> train, List<Example> test) {
                Map<String, Double> w = weights(train);
                for (Example x : test) {
                    ObjectNode row = decision(x, w, fold);
                    kinds.merge(row.get("kind").asString(), 1, Integer::sum);
                    rows.add(mapper.writeValueAsString(row));
                }
                Score b = score(test, shipped, false);
                Score a = score(test, w, true);
                out.accept("fold " + fold + " shipped: " + b.line());
                out.accept("fold " + fold + " fitted:  " + a.line());
                before.add(b);
                after.add(a);
                Map<String, Double> anyScore = new LinkedHashMap<>(w);
                anyScore.put(SiteNameRanker.ACCEPT, 0.0);
                open.add(score(test, anyScore, false));
            }

            @Override
            public void totals() {
                out.accept("held out, shipped weights: " + before.line());
                out.accept("held out, fitted weights:  " + after.line());
                out.accept("held out, fitted weights, by method: " + after.byMethod);
                out.accept("held out, fitted weights, any score accepted: " + open.line());
                out.accept("held out, fitted weights, pages by kind: " + kinds);
                if (decisions != null) {
                    try {
                        Files.write(decisions, rows, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    out.accept("held-out decisions written to " + decisions);
                }
            }
        };
    }

    @Override
    int fold(Example x) {
        return SiteFolds.byHashCode(x.host(), x.id());
    }

    /**
     * One held-out page's decision: what was given and how, and its kind: {@code right}, {@code wrong-rules},
     * {@code wrong-accepted} (the ranker's or the copyright fallback's name is wrong), {@code first-below-threshold}
     * (the right name ranked first, not accepted), {@code not-first} (among the candidates, ranked lower),
     * {@code not-candidate} (with where the dump shows it), {@code not-shown-wrong} / {@code not-shown}.
     */
    ObjectNode decision(Example x, Map<String, Double> weights, int fold) {
        SiteName chosen = x.byRules() != null ? x.byRules()
                : SiteNameChooser.choose(x.candidates(), x.copyrightHolder(), weights);
        boolean ok = chosen.name() != null && MetadataMatch.sameName(x.gold(), chosen.name());
        List<SiteNameCandidates.Candidate> ranked = x.candidates().stream()
                .sorted((c, d) -> Double.compare(SiteNameRanker.score(d.features(), weights),
                        SiteNameRanker.score(c.features(), weights)))
                .toList();
        int goldRank = 0;
        for (int i = 0; i < ranked.size() && goldRank == 0; i++) {
            goldRank = MetadataMatch.sameName(x.gold(), ranked.get(i).name()) ? i + 1 : 0;
        }
        String kind;
        if (!x.shown()) {
            kind = chosen.name() != null && !ok ? "not-shown-wrong" : "not-shown";
        } else if (ok) {
            kind = "right";
        } else if (chosen.name() != null) {
            kind = x.byRules() != null ? "wrong-rules" : "wrong-accepted";
        } else if (goldRank == 1) {
            kind = "first-below-threshold";
        } else if (goldRank > 1) {
            kind = "not-first";
        } else {
            kind = "not-candidate";
        }
        ObjectNode row = mapper.createObjectNode();
        row.put("id", x.id());
        row.put("host", x.host());
        row.put("fold", fold);
        row.put("gold", x.gold());
        row.put("shown", x.shown());
        row.put("got", chosen.name());
        row.put("method", chosen.method());
        row.put("kind", kind);
        row.put("gold_rank", goldRank);
        row.put("where", goldRank == 0 ? x.where() : null);
        ArrayNode top = row.putArray("candidates");
        for (SiteNameCandidates.Candidate c : ranked.subList(0, Math.min(5, ranked.size()))) {
            ObjectNode o = top.addObject();
            o.put("name", c.name());
            o.put("score", round(SiteNameRanker.score(c.features(), weights)));
            o.put("share", round(SiteNameRanker.share(x.candidates(), c, weights)));
            o.put("features", String.join(",", c.features().keySet()));
        }
        return row;
    }

    /** Right, wrong and null where the dump shows the name, by method; wrong names where it does not. */
    static final class Score {
        int right;
        int wrong;
        int none;
        int wrongNotShown;
        final Map<String, int[]> byMethod = new TreeMap<>() {
            @Override
            public String toString() {
                StringBuilder sb = new StringBuilder();
                forEach((k, v) -> sb.append(k).append(" right ").append(v[0]).append(" wrong ").append(v[1]).append("; "));
                return sb.toString();
            }
        };

        void add(Score s) {
            right += s.right;
            wrong += s.wrong;
            none += s.none;
            wrongNotShown += s.wrongNotShown;
            s.byMethod.forEach((k, v) -> {
                int[] t = byMethod.computeIfAbsent(k, x -> new int[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
        }

        String line() {
            int shown = right + wrong + none;
            return String.format(Locale.ROOT, "right %d wrong %d null %d of %d shown = %.3f / %.3f / %.3f; wrong where not shown %d",
                    right, wrong, none, shown, share(right, shown), share(wrong, shown), share(none, shown), wrongNotShown);
        }

        private static double share(int n, int of) {
            return of == 0 ? 0 : (double) n / of;
        }
    }

    Score score(List<Example> examples, Map<String, Double> weights, boolean showMisses) {
        Score s = new Score();
        for (Example x : examples) {
            String got;
            String method;
            if (x.byRules() != null) {
                got = x.byRules().name();
                method = x.byRules().method();
            } else {
                SiteName chosen = SiteNameChooser.choose(x.candidates(), x.copyrightHolder(), weights);
                got = chosen.name();
                method = chosen.method();
            }
            boolean ok = got != null && MetadataMatch.sameName(x.gold(), got);
            if (!x.shown()) {
                s.wrongNotShown += got == null || ok ? 0 : 1;
                continue;
            }
            if (got == null) {
                s.none++;
            } else {
                int[] m = s.byMethod.computeIfAbsent(method, k -> new int[2]);
                m[ok ? 0 : 1]++;
                if (ok) {
                    s.right++;
                } else {
                    s.wrong++;
                }
            }
            if (showMisses && !ok && (got != null || x.byRules() == null)) {
                out.accept("    " + (got == null ? "null  " : "wrong ") + x.id() + " gold " + x.gold() + " got " + got
                        + " (" + method + ")");
                if (x.byRules() == null) {
                    x.candidates().stream()
                            .sorted((c, d) -> Double.compare(SiteNameRanker.score(d.features(), weights),
                                    SiteNameRanker.score(c.features(), weights)))
                            .limit(4)
                            .forEach(c -> out.accept(String.format(Locale.ROOT, "        %.2f %s %s",
                                    SiteNameRanker.score(c.features(), weights), c.name(), c.features().keySet())));
                }
            }
        }
        return s;
    }

    /**
     * Conditional-logit weights: each page chooses among its candidates and "no name" (score 0), the gold name where
     * a candidate has it, else "no name"; L2-regularised log-likelihood, maximised by gradient ascent from zero
     * (deterministic).
     */
    @Override
    Map<String, Double> weights(List<Example> examples) {
        Map<String, Double> weights = fitted(examples);
        List<double[]> best = new ArrayList<>();
        examples.forEach(x -> bestShare(x, weights, best));
        weights.put(SiteNameRanker.ACCEPT, threshold(best));
        return weights;
    }

    private static void bestShare(Example x, Map<String, Double> w, List<double[]> best) {
        if (x.byRules() != null) {
            return;
        }
        SiteNameCandidates.Candidate c = SiteNameRanker.best(x.candidates(), w);
        if (c != null) {
            best.add(new double[] {SiteNameRanker.share(x.candidates(), c, w),
                    MetadataMatch.sameName(x.gold(), c.name()) ? 1 : -WRONG_COST});
        }
    }

    /** The conditional-logit weights of the features, without the acceptance share. */
    private Map<String, Double> fitted(List<Example> examples) {
        List<String> names = SiteNameCandidates.FEATURES;
        int n = names.size();
        List<double[][]> pages = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Example x : examples) {
            if (x.byRules() != null || x.candidates().isEmpty()) {
                continue;
            }
            double[][] rows = new double[x.candidates().size()][n];
            int target = -1;
            for (int i = 0; i < rows.length; i++) {
                SiteNameCandidates.Candidate c = x.candidates().get(i);
                for (int f = 0; f < n; f++) {
                    rows[i][f] = c.features().getOrDefault(names.get(f), 0.0);
                }
                if (target < 0 && MetadataMatch.sameName(x.gold(), c.name())) {
                    target = i;
                }
            }
            pages.add(rows);
            targets.add(target);
        }
        double[] w = new double[n];
        double[] grad = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(grad, 0);
            for (int p = 0; p < pages.size(); p++) {
                double[][] rows = pages.get(p);
                double[] s = ChoiceShares.of(rows, w);
                int t = targets.get(p);
                for (int i = 0; i < rows.length; i++) {
                    double coef = (i == t ? 1 : 0) - s[i];
                    for (int f = 0; f < n; f++) {
                        grad[f] += coef * rows[i][f];
                    }
                }
            }
            for (int f = 0; f < n; f++) {
                w[f] += STEP * (grad[f] / pages.size() - L2 * w[f]);
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int f = 0; f < n; f++) {
            weights.put(names.get(f), round(w[f]));
        }
        return weights;
    }

    /** The acceptance share at which right names minus {@link #WRONG_COST} times the wrong ones are most. */
    private static double threshold(List<double[]> best) {
        return round(GainThreshold.best(best, 1.0, 0.001));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    String file(Map<String, Double> w) {
        return WeightsFile.text("""
                # Weights of the site-name ranker (SiteNameRanker): each candidate name of a text dump scores the sum of the
                # weights of its features, "no name" scores 0, and the best candidate is the site name when its softmax share of
                # the page's choice is at least "accept". Columns: feature, weight.
                # Fitted by `newsprep train --site-names FILE SET...` (conditional logit over the candidates of the training pages
                # with a gold site name; "accept" is the share above which the chosen names earn most, a wrong one costing three
                # right ones). Features (SiteNameCandidates):
                # title-end, title-start: the last or first part of the page's title line ("Headline | Site", "Site - Headline")
                # feed, lynx-links: the name on lynx's first line of feed and alternate links ("#Bossip RSS Feed", "#Medium alternate")
                # copyright: a copyright holder without its legal form, or the domain it names
                # copyright-brand: the short line a company holder gives way to ("CBS Interactive" -> "CBS News")
                # top-line, bottom-line: a whole line among the first or last 15; top-part: the first part of such a line
                #   with separators ("Bossip | Gossip for the Hardcore"); about: "About X"; profile: a publisher profile's name
                # cue-before, cue-after: log(1 + short lines that name it after a cue such as "More from", "Follow", or before one
                #   such as "Staff", "on Twitter"; clean/publisher-words.tsv name-before, name-after)
                # agree: how many more of the sources above give the same name; whole-lines, mentions: log(1 + lines that are it,
                #   lines that name it); most-mentioned: no candidate of the page is named on more lines; copyright-elsewhere: a
                #   copyright holder that a line other than a copyright line names too; first-line: the dump's first line names it
                # host-spelled, host-initials, host-part: its letters spell the host's label, its initials do, or one contains
                #   the other; one-word, three-words, four-words: its length (two words: none)
                # all-caps, lower-case, digit: its form; legal, owner, corporate, menu-word: it has a legal form, an owning
                #   company's word, a corporate word (clean/publisher-words.tsv) or a menu word (model/ui-words.txt)
                # person: two or three capitalised words, the first a given name (clean/given-names.txt); platform, ad-word: a
                #   blogging platform's or an advertisement's word (clean/publisher-words.tsv); comma: it has a comma
                """, w, "%.3f");
    }
}
