package io.newsprep.cli;

import java.io.PrintWriter;

/**
 * Says in one line, when a signal (SIGTERM, Ctrl-C) ends the process while a run is in progress, that the run
 * stopped and how to resume it. The job's own failure, which follows as the application shuts down around it
 * (a closed connection pool), is then not reported: {@link #shuttingDown()} tells it apart.
 */
final class StopNotice {

    private final Thread hook;
    private volatile boolean runEnded;

    private StopNotice(PrintWriter err) {
        hook = new Thread(() -> {
            if (!runEnded) {
                err.println("newsprep: stopped by a signal before the run finished; nothing was published and"
                        + " no finished work is lost: run the same command again to resume it");
                err.flush();
            }
        }, "stop-notice");
    }

    /** Watches for a signal from now until {@link #runEnded()}. */
    static StopNotice during(PrintWriter err) {
        StopNotice notice = new StopNotice(err);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** The run has ended by itself (completed or failed): nothing to say if the process is stopped now. */
    void runEnded() {
        runEnded = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs, and stays quiet
        }
    }

    /** Whether the JVM is shutting down (a signal, or an exit elsewhere), so that a failure now is its aftermath. */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
