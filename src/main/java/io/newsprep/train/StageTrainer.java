package io.newsprep.train;

import io.newsprep.model.BinnedLinearStage;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits one {@link BinnedLinearStage}: every feature value becomes a one-hot bin, and L2-regularised logistic
 * regression (liblinear's primal Newton solver, deterministic) learns a weight per bin.
 */
final class StageTrainer {

    private static final double EPS = 0.01;

    private final List<String> names;
    private final float[][] edges;
    private final int[] offsets;
    private final FeatureNode[] nodes;
    private final double cost;

    /** @param edges per feature, the bin edges (from {@link QuantileEdges}) */
    StageTrainer(List<String> names, float[][] edges, double cost) {
        this.names = names;
        this.edges = edges;
        this.cost = cost;
        offsets = new int[edges.length + 1];
        for (int f = 0; f < edges.length; f++) {
            offsets[f + 1] = offsets[f] + edges[f].length + 1;
        }
        // one shared node per bin (and one for the bias): rows hold references, not copies
        nodes = new FeatureNode[offsets[edges.length] + 1];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new FeatureNode(i + 1, 1.0);
        }
    }

    static float[][] edges(List<float[][]> rows, int featureCount) {
        int total = 0;
        for (float[][] page : rows) {
            total += page.length;
        }
        float[][] edges = new float[featureCount][];
        for (int f = 0; f < featureCount; f++) {
            edges[f] = QuantileEdges.of(rows, total, f);
        }
        return edges;
    }

    /** Fits the stage on the given pages' rows and labels. */
    BinnedLinearStage fit(List<float[][]> rows, List<boolean[]> labels) {
        List<Feature[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            for (int i = 0; i < rows.get(p).length; i++) {
                x.add(encode(rows.get(p)[i]));
                y.add(labels.get(p)[i]);
            }
        }
        Problem problem = new Problem();
        problem.l = x.size();
        problem.n = nodes.length;
        problem.bias = 1;
        problem.x = x.toArray(new Feature[0][]);
        problem.y = new double[problem.l];
        boolean anyBody = false;
        for (int i = 0; i < problem.l; i++) {
            problem.y[i] = y.get(i) ? 1 : 0;
            anyBody |= y.get(i);
        }
        if (!anyBody || problem.l == 0) {
            throw new IllegalArgumentException("no body line among " + problem.l + " training lines");
        }
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, EPS));
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        float[][] weights = new float[edges.length][];
        for (int f = 0; f < edges.length; f++) {
            weights[f] = new float[edges[f].length + 1];
            for (int b = 0; b < weights[f].length; b++) {
                weights[f][b] = (float) (sign * w[offsets[f] + b]);
            }
        }
        // the bias is the last node (index nodes.length) and liblinear's own bias term after it
        float bias = (float) (sign * (w[nodes.length - 1] + (w.length > nodes.length ? w[nodes.length] : 0)));
        return new BinnedLinearStage(names, edges, weights, bias);
    }

    private Feature[] encode(float[] row) {
        Feature[] out = new Feature[row.length + 1];
        for (int f = 0; f < row.length; f++) {
            out[f] = nodes[offsets[f] + BinnedLinearStage.bin(edges[f], row[f])];
        }
        out[row.length] = nodes[nodes.length - 1];
        return out;
    }
}
