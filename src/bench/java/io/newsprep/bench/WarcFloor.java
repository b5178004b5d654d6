package io.newsprep.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The floor for ingesting a web archive: jwarc alone reading every record, and every response's HTTP payload to
 * its last byte, doing nothing with them. Prints records, payload bytes, seconds and MB/s of the file.
 */
@Command(name = "warc-floor", description = "Read every record of a WARC file with jwarc and nothing else.")
final class WarcFloor implements Callable<Integer> {

    @Parameters(paramLabel = "ARCHIVE")
    Path archive;

    public static void main(String[] args) {
        BenchTool.exit(new WarcFloor(), args);
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        long records = 0;
        long payload = 0;
        byte[] buffer = new byte[1 << 16];
        try (WarcReader reader = new WarcReader(archive)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records++;
                if (r.get() instanceof WarcResponse response) {
                    try (InputStream in = response.http().body().stream()) {
                        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                            payload += n;
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = java.nio.file.Files.size(archive) / 1048576.0;
        System.out.printf("records=%d payload_bytes=%d seconds=%.2f file_mb_per_s=%.1f records_per_s=%.0f%n",
                records, payload, seconds, mb / seconds, records / seconds);
        return 0;
    }
}
