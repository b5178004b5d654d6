package io.newsprep.memory;

import io.newsprep.clean.RecurringLines;
import io.newsprep.publisher.PublisherTag;
import io.newsprep.text.LineShape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines each publisher repeats across its pages, as learned from the documents counted so far.
 * Immutable and safe to share between threads.
 */
public final class PublisherMemory {

    public static final PublisherMemory EMPTY = new PublisherMemory(Map.of(), RecurrencePolicy.DEFAULT);

    /** One publisher: documents counted and the line shapes at or above the policy's minimum support. */
    public record Source(int documents, Map<String, Integer> lines) {
        public Source {
            lines = Map.copyOf(lines);
        }
    }

    private final Map<String, RecurringLines> bySource = new HashMap<>();
    /** Recurring line shape to the groups of unnamed sites ({@link SiteMates}) that have it. */
    private final Map<String, List<String>> groupsByLine = new HashMap<>();
    /** Recurring lines per group of unnamed sites. */
    private final Map<String, Integer> groupLines = new HashMap<>();

    public PublisherMemory(Map<String, Source> sources, RecurrencePolicy policy) {
        sources.forEach((key, source) -> {
            int threshold = policy.threshold(source.documents());
            Map<String, Integer> recurring = new HashMap<>();
            source.lines().forEach((shape, documents) -> {
                if (documents >= threshold) {
                    recurring.put(shape, documents);
                }
            });
            if (!recurring.isEmpty()) {
                bySource.put(key, lookup(Map.copyOf(recurring), source.documents()));
                if (SiteMates.isGroup(key)) {
                    groupLines.put(key, recurring.size());
                    recurring.keySet().forEach(shape -> groupsByLine.computeIfAbsent(shape, s -> new ArrayList<>(1)).add(key));
                }
            }
        });
    }

    /**
     * What is known of the publisher of a dump; for a dump of no known publisher, what is known of the group of
     * unnamed sites whose recurring lines its lines fit ({@link SiteMates}), if any.
     */
    public RecurringLines of(PublisherTag tag, List<String> lines) {
        String key = PublisherKey.of(tag);
        if (key != null) {
            return bySource.getOrDefault(key, RecurringLines.NONE);
        }
        String group = groupOf(lines);
        return group == null ? RecurringLines.NONE : bySource.get(group);
    }

    /** The group of unnamed sites whose recurring lines these lines fit best, or null. */
    public String groupOf(List<String> lines) {
        return groupsByLine.isEmpty() ? null : groupOfShapes(PublisherLineCounter.shapesOf(lines));
    }

    /** As {@link #groupOf}, for a document's line shapes ({@link PublisherLineCounter#shapesOf}). */
    public String groupOfShapes(java.util.Set<String> shapes) {
        return SiteMates.bestGroup(shapes, groupsByLine, groupLines);
    }

    /** What is known of the publisher of a dump; nothing for an unknown publisher. */
    public RecurringLines of(PublisherTag tag) {
        String key = PublisherKey.of(tag);
        return key == null ? RecurringLines.NONE : bySource.getOrDefault(key, RecurringLines.NONE);
    }

    /** Publishers with at least one recurring line. */
    public int sources() {
        return bySource.size();
    }

    private static RecurringLines lookup(Map<String, Integer> recurring, int sourceDocuments) {
        return line -> {
            String shape = LineShape.of(line);
            Integer documents = shape == null ? null : recurring.get(shape);
            return documents == null ? null : new RecurringLines.Recurrence(documents, sourceDocuments);
        };
    }
}
