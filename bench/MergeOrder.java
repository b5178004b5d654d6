import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The CPU cost of the learn step's last write (the publishers' line counts in one batch) in the order a hash map
 * gives the rows against key order, as one MERGE per line, and in key order as plain INSERTs (what the store writes
 * for lines it does not hold yet, all of a first run's). Reads the lines of a run's repository and merges them
 * into a fresh disk-backed table of the same shape, alternately in both orders, ROUNDS times each.
 *
 *   cp -r OUT/.newsprep/repository /tmp/repo-copy     (a copy: the run's own repository stays untouched)
 *   java -cp ~/.m2/repository/org/hsqldb/hsqldb/2.7.3/hsqldb-2.7.3.jar bench/MergeOrder.java /tmp/repo-copy [ROUNDS]
 */
public class MergeOrder {

    private static final String MERGE = "MERGE INTO L USING (VALUES(CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(1024)),"
            + " CAST(? AS INTEGER), CAST(? AS VARCHAR(64)))) AS V(SOURCE, LINE_KEY, DOC_COUNT, RUN_ID)"
            + " ON L.SOURCE = V.SOURCE AND L.LINE_KEY = V.LINE_KEY"
            + " WHEN MATCHED THEN UPDATE SET DOC_COUNT = L.DOC_COUNT + V.DOC_COUNT, LAST_SEEN_RUN = V.RUN_ID"
            + " WHEN NOT MATCHED THEN INSERT VALUES (V.SOURCE, V.LINE_KEY, V.DOC_COUNT, V.RUN_ID)";

    private static final String INSERT = "INSERT INTO L (SOURCE, LINE_KEY, DOC_COUNT, LAST_SEEN_RUN) VALUES (CAST(? AS VARCHAR(200)),"
            + " CAST(? AS VARCHAR(1024)), CAST(? AS INTEGER), CAST(? AS VARCHAR(64)))";

    public static void main(String[] args) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + args[0] + "/newsprep;shutdown=true", "SA", "");
             ResultSet r = c.createStatement().executeQuery("SELECT SOURCE, LINE_KEY, DOC_COUNT FROM NEWSPREP_SOURCE_LINE")) {
            while (r.next()) {
                rows.add(new Object[] {r.getString(1), r.getString(2), r.getInt(3)});
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int round = 1; round <= rounds; round++) {
            Collections.shuffle(rows, new Random(round));
            System.out.printf("round %d, %d rows: hash order %.0f ms CPU", round, rows.size(), merge(rows, MERGE));
            rows.sort(Comparator.comparing((Object[] row) -> (String) row[0]).thenComparing(row -> (String) row[1]));
            System.out.printf(", key order %.0f ms CPU", merge(rows, MERGE));
            System.out.printf(", key order as INSERTs %.0f ms CPU%n",
                    merge(rows, INSERT));
        }
    }

    private static double merge(List<Object[]> rows, String sql) throws Exception {
        Path dir = Files.createTempDirectory("merge-order");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + dir + "/db;hsqldb.tx=mvcc;"
                + "hsqldb.write_delay=false;shutdown=true", "SA", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE CACHED TABLE L (SOURCE VARCHAR(200) NOT NULL, LINE_KEY VARCHAR(1024) NOT NULL,"
                        + " DOC_COUNT INTEGER NOT NULL, LAST_SEEN_RUN VARCHAR(64) NOT NULL, PRIMARY KEY (SOURCE, LINE_KEY))");
                s.execute("CREATE INDEX L_COUNT ON L (SOURCE, DOC_COUNT)");
            }
            c.setAutoCommit(false);
            long start = cpu.getCurrentThreadCpuTime();
            try (PreparedStatement merge = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    merge.setString(1, (String) row[0]);
                    merge.setString(2, (String) row[1]);
                    merge.setInt(3, (Integer) row[2]);
                    merge.setString(4, "run");
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            c.commit();
            return (cpu.getCurrentThreadCpuTime() - start) / 1e6;
        }
    }
}
