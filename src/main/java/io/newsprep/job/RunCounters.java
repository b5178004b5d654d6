package io.newsprep.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How many files of each kind a run has written so far (new, changed, reprocessed, articles, rejects). Saved
 * with every chunk, so the counts survive a restart exactly as the output files do.
 */
class RunCounters {

    static final String PREFIX = "counters.";
    private final Map<String, Long> counts = new LinkedHashMap<>();

    void count(ProcessedFile f) {
        add(f.change().name().toLowerCase());
        add(f.accepted() ? "articles" : "rejects");
    }

    private void add(String key) {
        counts.merge(key, 1L, Long::sum);
    }

    void save(ExecutionContext context) {
        counts.forEach((k, v) -> context.putLong(PREFIX + k, v));
    }

    void restore(ExecutionContext context) {
        counts.clear();
        for (Map.Entry<String, Object> e : context.entrySet()) {
            if (e.getKey().startsWith(PREFIX) && e.getValue() instanceof Number n) {
                counts.put(e.getKey().substring(PREFIX.length()), n.longValue());
            }
        }
    }

    static Map<String, Long> read(ExecutionContext context) {
        RunCounters c = new RunCounters();
        c.restore(context);
        return c.counts;
    }
}
