package io.newsprep.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The line model as a text file: a header, the decoder's two numbers, then per stage one line per feature with
 * its bin edges and weights, and a closing SHA-256 checksum of everything above it. The same model always gives
 * the same bytes; the model's version is the checksum's first 12 hex digits.
 */
public final class ModelFile {

    public static final String SHIPPED = "/model/line-model.txt";
    static final String FORMAT = "newsprep-line-model 1";
    private static final int VERSION_DIGITS = 12;

    private ModelFile() {
    }

    /** The model in the resources, read once: a model is immutable, and every default cleaner shares it. */
    public static LineModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final LineModel MODEL = readShipped();
    }

    private static LineModel readShipped() {
        try (InputStream in = ModelFile.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text for a model; {@code model.version()} is ignored (it comes from the checksum). */
    public static String write(String description, BinnedLinearStage first, BinnedLinearStage second,
                               SequenceDecoder decoder) {
        return write(description, first, second, BoostedTrees.NONE, decoder);
    }

    /** As above, with trees after the second stage (a model without trees has no trees section). */
    public static String write(String description, BinnedLinearStage first, BinnedLinearStage second,
                               BoostedTrees trees, SequenceDecoder decoder) {
        StringBuilder sb = new StringBuilder();
        sb.append(FORMAT).append('\n');
        sb.append("description\t").append(description.replace('\n', ' ').replace('\t', ' ')).append('\n');
        sb.append("decoder\t").append(decoder.switchCost()).append('\t').append(decoder.threshold()).append('\t')
                .append(decoder.relative()).append('\n');
        writeStage(sb, "first", first);
        writeStage(sb, "second", second);
        writeTrees(sb, trees);
        String checksum = sha256(sb.toString());
        return sb.append("checksum\t").append(checksum).append('\n').toString();
    }

    private static void writeStage(StringBuilder sb, String name, BinnedLinearStage stage) {
        sb.append("stage\t").append(name).append('\t').append(stage.names().size()).append('\t').append(stage.bias()).append('\n');
        for (int f = 0; f < stage.names().size(); f++) {
            sb.append(stage.names().get(f)).append('\t').append(join(stage.edges()[f])).append('\t')
                    .append(join(stage.weights()[f])).append('\n');
        }
    }

    private static void writeTrees(StringBuilder sb, BoostedTrees trees) {
        if (trees.count() == 0) {
            return;
        }
        sb.append("trees\t").append(trees.count()).append('\t').append(trees.depth()).append('\n');
        for (int t = 0; t < trees.count(); t++) {
            StringBuilder features = new StringBuilder();
            for (int i = 0; i < trees.features()[t].length; i++) {
                if (i > 0) {
                    features.append(',');
                }
                features.append(trees.features()[t][i]);
            }
            sb.append("tree\t").append(features).append('\t').append(join(trees.thresholds()[t])).append('\t')
                    .append(join(trees.leaves()[t])).append('\n');
        }
    }

    private static BoostedTrees readTrees(BufferedReader r) throws IOException {
        String line = r.readLine();
        if (line == null) {
            return BoostedTrees.NONE;
        }
        String[] head = field(line, "trees");
        int count = Integer.parseInt(head[1]);
        int depth = Integer.parseInt(head[2]);
        int[][] features = new int[count][];
        float[][] thresholds = new float[count][];
        float[][] leaves = new float[count][];
        for (int t = 0; t < count; t++) {
            String[] cols = field(r.readLine(), "tree");
            float[] f = floats(cols[1]);
            features[t] = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                features[t][i] = (int) f[i];
            }
            thresholds[t] = floats(cols[2]);
            leaves[t] = floats(cols[3]);
        }
        return new BoostedTrees(depth, features, thresholds, leaves);
    }

    private static String join(float[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }

    /** A model file of the user's own, as {@code train --output FILE} writes it. */
    public static LineModel read(java.nio.file.Path file) throws IOException {
        return read(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
    }

    public static LineModel read(String text) {
        int checksumAt = text.lastIndexOf("checksum\t");
        if (!text.startsWith(FORMAT + "\n") || checksumAt < 0) {
            throw new IllegalArgumentException("not a line model file (expected '" + FORMAT + "' and a checksum line)");
        }
        String body = text.substring(0, checksumAt);
        String declared = text.substring(checksumAt + "checksum\t".length()).strip();
        String actual = sha256(body);
        if (!declared.equals(actual)) {
            throw new IllegalArgumentException("line model file is damaged: checksum " + actual + " where it declares " + declared);
        }
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(body))) {
            r.readLine();
            String description = field(r.readLine(), "description")[1];
            String[] dec = field(r.readLine(), "decoder");
            SequenceDecoder decoder = new SequenceDecoder(Double.parseDouble(dec[1]), Double.parseDouble(dec[2]),
                    Double.parseDouble(dec[3]));
            BinnedLinearStage first = readStage(r, "first");
            BinnedLinearStage second = readStage(r, "second");
            BoostedTrees trees = readTrees(r);
            return new LineModel(actual.substring(0, VERSION_DIGITS), description, first, second, trees, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] field(String line, String name) {
        if (line == null || !line.startsWith(name + "\t")) {
            throw new IllegalArgumentException("line model file: expected a '" + name + "' line, found " + line);
        }
        return line.split("\t", -1);
    }

    private static BinnedLinearStage readStage(BufferedReader r, String name) throws IOException {
        String[] head = field(r.readLine(), "stage");
        if (!head[1].equals(name)) {
            throw new IllegalArgumentException("line model file: expected stage " + name + ", found " + head[1]);
        }
        int count = Integer.parseInt(head[2]);
        List<String> names = new ArrayList<>(count);
        float[][] edges = new float[count][];
        float[][] weights = new float[count][];
        for (int f = 0; f < count; f++) {
            String line = r.readLine();
            if (line == null) {
                throw new IllegalArgumentException("line model file: stage " + name + " ends after " + f + " features");
            }
            String[] cols = line.split("\t", -1);
            names.add(cols[0]);
            edges[f] = floats(cols[1]);
            weights[f] = floats(cols[2]);
        }
        return new BinnedLinearStage(names, edges, weights, Float.parseFloat(head[3]));
    }

    private static float[] floats(String csv) {
        if (csv.isEmpty()) {
            return new float[0];
        }
        String[] parts = csv.split(",");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
