package io.newsprep.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a flight recording: the methods most often on
 * top of the stack (self); the same with JDK frames folded into their caller, by method and by library, which
 * is how per-document work, framework bookkeeping, database and JSON separate; and the newsprep methods most
 * often anywhere on the stack (total).
 *
 * <pre>
 * JfrHotMethods FILE.jfr [TOP]
 * </pre>
 */
public final class JfrHotMethods {

    /** Package prefixes worth telling apart in an ingest profile, checked in this order. */
    private static final List<String> LIBRARIES = List.of(
            "io.newsprep.", "org.springframework.batch.", "org.springframework.", "org.hsqldb.", "com.zaxxer.",
            "tools.jackson.", "com.carrotsearch.", "org.jsoup.", "org.apache.commons.csv.", "ch.qos.logback.",
            "org.mozilla.universalchardet.", "picocli.");
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> caller = new HashMap<>();
    private final Map<String, Long> library = new HashMap<>();
    private final Map<String, Long> newsprepTotal = new HashMap<>();
    private long samples;

    @Command(name = "JfrHotMethods", mixinStandardHelpOptions = true,
            description = "Summarises the CPU samples of a flight recording.")
    static final class Run implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE.jfr", description = "the flight recording")
        Path recordingFile;

        @Parameters(index = "1", arity = "0..1", defaultValue = "20", paramLabel = "TOP",
                description = "rows per table (default 20)")
        int top;

        @Override
        public Integer call() throws IOException {
            JfrHotMethods summary = new JfrHotMethods();
            try (RecordingFile recording = new RecordingFile(recordingFile)) {
                while (recording.hasMoreEvents()) {
                    RecordedEvent event = recording.readEvent();
                    if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                        summary.add(event.getStackTrace().getFrames());
                    }
                }
            }
            summary.print(top);
            return 0;
        }
    }

    public static void main(String[] args) {
        BenchTool.exit(new Run(), args);
    }

    void add(List<RecordedFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
        String innermost = frames.stream().map(f -> name(f.getMethod())).filter(m -> !isJdk(m)).findFirst()
                .orElse("(JDK only) " + name(frames.get(0).getMethod()));
        caller.merge(innermost, 1L, Long::sum);
        library.merge(libraryOf(innermost), 1L, Long::sum);
        Set<String> methods = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame.getMethod());
            if (method.startsWith("io.newsprep.")) {
                methods.add(method);
            }
        }
        methods.forEach(m -> newsprepTotal.merge(m, 1L, Long::sum));
    }

    void print(int top) {
        System.out.printf(Locale.ROOT, "%d execution samples%n", samples);
        printTable("self (top of stack)", self, top);
        printTable("self, JDK frames folded into the innermost non-JDK caller", caller, top);
        printTable("self by library, JDK frames folded into the innermost non-JDK caller", library, LIBRARIES.size() + 2);
        printTable("newsprep methods, total (anywhere on the stack)", newsprepTotal, top);
    }

    private void printTable(String title, Map<String, Long> counts, int top) {
        System.out.printf("%n== %s ==%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %7d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey()));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static boolean isJdk(String method) {
        return JDK.stream().anyMatch(method::startsWith);
    }

    private static String libraryOf(String method) {
        if (method.startsWith("(JDK only)")) {
            return "(JDK only)";
        }
        for (String prefix : LIBRARIES) {
            if (method.startsWith(prefix)) {
                return prefix + "*";
            }
        }
        return "(other)";
    }
}
