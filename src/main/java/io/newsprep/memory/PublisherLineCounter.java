package io.newsprep.memory;

import io.newsprep.text.LineShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per publisher, in how many documents each short line occurs (once per document however often it
 * repeats there). Bounded: at most {@code maxSources} publishers and {@code maxLinesPerSource} distinct lines
 * each. When a publisher's lines are full, the rarest are forgotten to make room, so lines that recur on
 * many pages stay while one-off sentences come and go. The result depends only on the order of the
 * documents, so counting the same documents again gives the same counts. Not thread-safe.
 */
public final class PublisherLineCounter {

    private final int maxSources;
    private final int maxLinesPerSource;
    private final Map<String, Tally> sources = new LinkedHashMap<>();

    public PublisherLineCounter(int maxSources, int maxLinesPerSource) {
        if (maxSources <= 0 || maxLinesPerSource <= 0) {
            throw new IllegalArgumentException("bounds must be positive");
        }
        this.maxSources = maxSources;
        this.maxLinesPerSource = maxLinesPerSource;
    }

    /**
     * Counts one document of a publisher.
     *
     * @return false when the publisher was not counted because the number of publishers is at its bound
     */
    public boolean count(String source, List<String> lines) {
        return countShapes(source, shapesOf(lines));
    }

    /** The distinct shapes of a document's lines, in order; what {@link #count} counts. Thread-safe. */
    public static Set<String> shapesOf(List<String> lines) {
        Set<String> shapes = new LinkedHashSet<>();
        for (String line : lines) {
            String shape = LineShape.of(line);
            if (shape != null) {
                shapes.add(shape);
            }
        }
        return shapes;
    }

    /**
     * Counts one document of a publisher by its line shapes, as made by {@link #shapesOf}.
     *
     * @return false when the publisher was not counted because the number of publishers is at its bound
     */
    public boolean countShapes(String source, Set<String> shapes) {
        Tally tally = sources.get(source);
        if (tally == null) {
            if (sources.size() >= maxSources) {
                return false;
            }
            tally = new Tally();
            sources.put(source, tally);
        }
        tally.documents++;
        for (String shape : shapes) {
            tally.add(shape, maxLinesPerSource);
        }
        return true;
    }

    public Set<String> sources() {
        return Collections.unmodifiableSet(sources.keySet());
    }

    public int documents(String source) {
        Tally tally = sources.get(source);
        return tally == null ? 0 : tally.documents;
    }

    /** The publisher's line shapes and the documents each occurred in. */
    public Map<String, Integer> lines(String source) {
        Tally tally = sources.get(source);
        return tally == null ? Map.of() : Collections.unmodifiableMap(tally.lines);
    }

    private static final class Tally {
        int documents;
        final Map<String, Integer> lines = new HashMap<>();

        void add(String shape, int max) {
            Integer count = lines.get(shape);
            if (count != null) {
                lines.put(shape, count + 1);
                return;
            }
            if (lines.size() >= max) {
                forgetRarest(max - max / 4);
            }
            if (lines.size() < max) {
                lines.put(shape, 1);
            }
        }

        /** Drops the lines with the lowest counts, level by level, until at most {@code target} remain. */
        private void forgetRarest(int target) {
            List<Integer> counts = new ArrayList<>(lines.values());
            Collections.sort(counts);
            int level = counts.get(counts.size() - target - 1);
            lines.values().removeIf(c -> c <= level);
        }
    }
}
