package io.newsprep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A linear scorer of headline candidates: ranking weights per feature name, and the score below which the best
 * line of a page that has a metadata title (saved HTML) is not trusted, so the metadata title stands. Stored as a small text file:
 * {@code version N}, {@code threshold P}, {@code bias W}, then {@code feature-name weight} lines.
 */
public final class HeadlineModel {

    public static final String RESOURCE = "/model/headline.model";

    private final int version;
    private final double threshold;
    private final double bias;
    private final double[] weights;

    public HeadlineModel(int version, double threshold, double bias, double[] weights) {
        if (weights.length != HeadlineFeatures.NAMES.size()) {
            throw new IllegalArgumentException("headline model has " + weights.length + " weights, features are "
                    + HeadlineFeatures.NAMES.size());
        }
        this.version = version;
        this.threshold = threshold;
        this.bias = bias;
        this.weights = weights.clone();
    }

    /** The model shipped in the jar. */
    public static HeadlineModel bundled() {
        try (InputStream in = HeadlineModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HeadlineModel read(String text) {
        Map<String, Double> values = new HashMap<>();
        int version = -1;
        double threshold = 0.5;
        double bias = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\\s+");
                if (kv.length != 2) {
                    throw new IllegalArgumentException("headline model: bad line: " + line);
                }
                switch (kv[0]) {
                    case "version" -> version = Integer.parseInt(kv[1]);
                    case "threshold" -> threshold = Double.parseDouble(kv[1]);
                    case "bias" -> bias = Double.parseDouble(kv[1]);
                    default -> values.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] w = new double[HeadlineFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.remove(HeadlineFeatures.NAMES.get(i));
            if (v == null) {
                throw new IllegalArgumentException("headline model: no weight for " + HeadlineFeatures.NAMES.get(i));
            }
            w[i] = v;
        }
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("headline model: unknown features " + values.keySet());
        }
        return new HeadlineModel(version, threshold, bias, w);
    }

    /** The file form; the same model always gives the same bytes. */
    public String write(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        sb.append("version ").append(version).append('\n');
        sb.append("threshold ").append(number(threshold)).append('\n');
        sb.append("bias ").append(number(bias)).append('\n');
        for (int i = 0; i < weights.length; i++) {
            sb.append(HeadlineFeatures.NAMES.get(i)).append(' ').append(number(weights[i])).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.equals("-0.000000") ? "0.000000" : s;
    }

    /** The candidate's score: higher is more likely the headline; only the order among a page's candidates counts. */
    public double score(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    public int version() {
        return version;
    }

    public double threshold() {
        return threshold;
    }

    public HeadlineModel withThreshold(double t) {
        return new HeadlineModel(version, t, bias, weights);
    }

    List<String> names() {
        return new ArrayList<>(HeadlineFeatures.NAMES);
    }
}
