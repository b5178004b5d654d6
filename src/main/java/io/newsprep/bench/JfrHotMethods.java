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

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a flight recording: the methods most often on
 * top of the stack (self), the methods most often anywhere on the stack (total), and the share of samples
 * that pass through each library, which is how per-document work, framework bookkeeping and I/O separate.
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
            "java.util.regex.", "java.io.", "java.nio.", "sun.nio.", "java.", "jdk.", "sun.");

    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    private final Map<String, Long> library = new HashMap<>();
    private long samples;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: JfrHotMethods FILE.jfr [TOP]");
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        JfrHotMethods summary = new JfrHotMethods();
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    summary.add(event.getStackTrace().getFrames());
                }
            }
        }
        summary.print(top);
    }

    void add(List<RecordedFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
        Set<String> methods = new HashSet<>();
        Set<String> libraries = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame.getMethod());
            methods.add(method);
            libraries.add(libraryOf(method));
        }
        methods.forEach(m -> total.merge(m, 1L, Long::sum));
        libraries.forEach(l -> library.merge(l, 1L, Long::sum));
    }

    void print(int top) {
        System.out.printf(Locale.ROOT, "%d execution samples%n", samples);
        printTable("self (top of stack)", self, top);
        printTable("total (anywhere on the stack)", total, top);
        printTable("samples passing through each library", library, LIBRARIES.size() + 1);
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

    private static String libraryOf(String method) {
        for (String prefix : LIBRARIES) {
            if (method.startsWith(prefix)) {
                return prefix + "*";
            }
        }
        return "(other)";
    }
}
