package io.newsprep.output.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run was asked to do and with what: its options by name (the command line's, without the dashes), its
 * input and output folders, the published run folder, and the versions of newsprep and of its models.
 * Values are strings, numbers, booleans or null.
 */
public record RunSettings(Map<String, Object> options, String input, String output, String runFolder,
                          Map<String, String> versions) {

    /** The keys of {@code options} in report.json, always all of them (null where not known). */
    public static final List<String> OPTION_NAMES =
            List.of("reprocess", "only", "threads", "max_file_size_mb", "profiles", "repository", "line_model");
    /** The keys of {@code versions} in report.json; {@code line_model} is null when the hand-made classifier decides. */
    public static final List<String> VERSION_NAMES = List.of("newsprep", "line_model", "headline_model");

    /** For a report built outside a job (tests, tools): every key present, values unknown. */
    public static final RunSettings UNKNOWN = new RunSettings(Map.of(), null, null, null, Map.of());

    public RunSettings {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }
}
