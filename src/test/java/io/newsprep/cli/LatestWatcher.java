package io.newsprep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Polls {@code OUTPUT/latest} on its own thread and records every moment it pointed somewhere a reader must
 * never be sent: a staging folder, or a folder without {@code report.json}. A missing {@code latest} is fine.
 */
final class LatestWatcher implements AutoCloseable {

    private final Path latest;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long observations;

    LatestWatcher(Path output) {
        this.latest = output.resolve("latest");
        this.thread = new Thread(this::poll, "latest-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            check();
            observations++;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void check() {
        try {
            if (!Files.isSymbolicLink(latest)) {
                if (Files.exists(latest)) {
                    violations.add("latest is not a symbolic link");
                }
                return;
            }
            Path target = Files.readSymbolicLink(latest);
            Path folder = latest.resolveSibling(target).normalize();
            if (folder.getFileName().toString().startsWith(".")) {
                violations.add("latest -> staging folder " + target);
            } else if (!Files.isRegularFile(folder.resolve("report.json"))) {
                violations.add("latest -> " + target + " without report.json");
            }
        } catch (java.io.IOException e) {
            // replaced between the two calls: the next poll sees the new link
        }
    }

    List<String> violations() {
        return violations;
    }

    long observations() {
        return observations;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        check();
    }
}
