import io.newsprep.output.ArticlesParquet;
import io.newsprep.output.run.CurrentTable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The publish step's two big parts in one JVM, N times over a fresh copy of an output folder's {@code runs/}: the
 * first run's articles.jsonl written as Parquet ({@code ArticlesParquet.write}), then {@code current/} built from
 * every run ({@code CurrentTable.update}). Prints the thread CPU of the first (cold) pass and the minimum and median
 * of the passes after the fourth (warm). Run on a build's unpacked standalone jar:
 *
 *   mkdir X && (cd X && unzip -q ../target/newsprep-standalone.jar)
 *   java -cp "X/BOOT-INF/classes:X/BOOT-INF/lib/*" bench/PublishBench.java OUTPUT 12 parquet
 */
public class PublishBench {

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        Set<String> formats = CurrentTable.formats(args.length > 2 ? args[2] : "parquet");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Path> runs;
        try (var s = Files.list(template.resolve("runs"))) {
            runs = s.sorted().toList();
        }
        List<long[]> cpu = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            Path out = Files.createTempDirectory("publish-bench");
            copy(template.resolve("runs"), out.resolve("runs"));
            long c0 = mx.getCurrentThreadCpuTime();
            ArticlesParquet.write(out.resolve("runs").resolve(runs.get(0).getFileName()).resolve("articles.jsonl"),
                    out.resolve("bench.parquet"));
            long c1 = mx.getCurrentThreadCpuTime();
            new CurrentTable(out, formats, () -> { }).update();
            long c2 = mx.getCurrentThreadCpuTime();
            cpu.add(new long[] {c1 - c0, c2 - c1});
            delete(out);
        }
        System.out.printf("cold: parquet %.0f ms, current %.0f ms CPU%n", cpu.get(0)[0] / 1e6, cpu.get(0)[1] / 1e6);
        for (int part = 0; part < 2; part++) {
            List<Long> warm = new ArrayList<>();
            for (long[] c : cpu.subList(Math.min(4, passes - 1), passes)) {
                warm.add(c[part]);
            }
            Collections.sort(warm);
            System.out.printf("warm %s: min %.0f ms, median %.0f ms CPU%n", part == 0 ? "parquet" : "current",
                    warm.get(0) / 1e6, warm.get(warm.size() / 2) / 1e6);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path root) throws Exception {
        try (var tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
